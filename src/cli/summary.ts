import type { ImportSummary, Tally } from "../interchange/import";

const tally = (t: Tally): string => `${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`;

export function describeSummary(s: ImportSummary): string {
  return `${s.records} records. Nodes: ${tally(s.nodes)}. Links: ${tally(s.links)}.`;
}
