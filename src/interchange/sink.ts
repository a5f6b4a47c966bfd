/** Writing text to a stream as a writer produces it, waiting whenever the stream asks to (back-pressure). */
import type { Writable } from "node:stream";
import type { FlatLink, FlatNode, FlatSchema } from "./flat-graph";

export type Write = (text: string) => Promise<void>;

/** The output went away (a download cancelled): the export stops instead of waiting for a drain that never comes. */
export class OutputClosed extends Error {
  constructor() {
    super("The output was closed before the export ended.");
  }
}

export function writeTo(out: Writable): Write {
  return async (text) => {
    if (out.destroyed) throw new OutputClosed();
    if (out.write(text)) return;
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        out.off("drain", drained);
        out.off("close", closed);
      };
      const drained = (): void => (done(), resolve());
      const closed = (): void => (done(), reject(new OutputClosed()));
      out.on("drain", drained);
      out.on("close", closed);
    });
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
