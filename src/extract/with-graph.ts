/**
 * A draft that reuses the ids of the names the graph already has (`npm run extract --graph`, and the
 * explorer's review through POST /extract). It drafts once to learn which names it looks up, reads
 * only the nodes those may be (known.ts), and drafts again with them. It only reads.
 */
import type { Driver } from "neo4j-driver";
import { Draft, DraftOptions, extractDraft } from "./draft";
import { AskedNames, readKnownNamesFor } from "./known";

export async function draftWithGraph(driver: Driver, article: string, options: Omit<DraftOptions, "known">): Promise<Draft> {
  const asked = new AskedNames();
  extractDraft(article, { ...options, known: asked });
  const known = await readKnownNamesFor(driver, asked.asked);
  return extractDraft(article, { ...options, known });
}
