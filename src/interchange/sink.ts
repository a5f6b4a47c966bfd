/** Writing text to a stream as a writer produces it, waiting whenever the stream asks to (back-pressure). */
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { FlatLink, FlatNode, FlatSchema } from "./flat-graph";

export type Write = (text: string) => Promise<void>;

export function writeTo(out: Writable): Write {
  return async (text) => {
    if (!out.write(text)) await once(out, "drain");
  };
}

/**
 * A format that writes flat nodes and links (flat-graph.ts): nodes first, then links, each call
 * awaited, so a slow reader slows the database reads rather than filling memory.
 */
export interface FlatWriter {
  start(schema: FlatSchema, description: string): Promise<void>;
  node(node: FlatNode): Promise<void>;
  link(link: FlatLink): Promise<void>;
  end(): Promise<void>;
  /** False when the writer writes only nodes (the nodes table alone): the links need not be read. */
  readonly wantsLinks: boolean;
  readonly wantsNodes: boolean;
}
