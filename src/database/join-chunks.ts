import path from "node:path";

/** Marks the patched prototype, so that loading this module again (as jest does per test file) patches once. */
const PATCHED = Symbol.for("partygraph.joinChunks");

/** A piece of a Bolt message as neo4j-driver's Node channel cuts it: a view of one socket read. */
interface Piece {
  _buffer?: unknown;
}

/**
 * Decodes a Bolt message that arrived in pieces from one buffer. neo4j-driver (5.x) wraps the
 * pieces of a message longer than a chunk, or split between two socket reads, in a CombinedBuffer:
 * every byte it reads there looks for its piece, and every string is decoded by walking all the
 * pieces, through a slice object and a StringDecoder each. A street's row of an org tree (12 kB of
 * its 156 communities) always comes in pieces, and so do the generated API's nested records. Copying
 * the pieces into one buffer first (a memcpy of the message) lets the driver read it as it reads a
 * one-piece message: in alternation, a district's tree 1.4-5 ms faster read raw and 3-4 ms through
 * the server, the generated view of a district 7-10 ms (docs/performance.md, switch joinChunks).
 *
 * The driver's Dechunker is internal (neo4j-driver-bolt-connection, pinned with neo4j-driver), so it
 * is found through neo4j-driver's own resolution; a message whose pieces are not the Node channel's
 * buffers is left as the driver made it.
 */
export function joinMessagePieces(): void {
  const chunking = driverInternal<{ Dechunker: { prototype: DechunkerPrototype } }>("lib/channel/chunking");
  const ChannelBuffer = driverInternal<{ default: new (buffer: Buffer) => Piece }>("lib/channel/channel-buf").default;
  const prototype = chunking.Dechunker.prototype;
  if (prototype[PATCHED]) return;
  prototype[PATCHED] = true;
  const onHeader = prototype._onHeader;
  prototype._onHeader = function (this: { _currentMessage: Piece[] }, header: number) {
    // Header 0 ends a message; its pieces are then complete.
    const pieces = this._currentMessage;
    if (header === 0 && pieces.length > 1 && pieces.every((piece) => Buffer.isBuffer(piece._buffer))) {
      this._currentMessage = [new ChannelBuffer(Buffer.concat(pieces.map((piece) => piece._buffer as Buffer)))];
    }
    return onHeader.call(this, header);
  };
}

interface DechunkerPrototype {
  [PATCHED]?: true;
  _onHeader(this: unknown, header: number): unknown;
}

/** A module of neo4j-driver-bolt-connection, the copy neo4j-driver itself loads (exported for the tests, which spy on its classes). */
export function driverInternal<T>(file: string): T {
  const fromDriver = path.dirname(require.resolve("neo4j-driver"));
  return require(require.resolve(`neo4j-driver-bolt-connection/${file}`, { paths: [fromDriver] })) as T;
}
