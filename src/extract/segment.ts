/**
 * Chinese word segmentation with part-of-speech tags, through @node-rs/jieba (jieba-rs, prebuilt
 * binaries from npm: nothing to compile on these machines; see docs/extract.md for the choice).
 * The rules use it to find where a name begins: the nouns before a suffix, up to a verb or a particle.
 */
import type { Jieba } from "@node-rs/jieba";

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

/**
 * Loaded on the first article, not when the server starts: the dictionary's buffers alone hold
 * 16 MB of a server's memory (11 MB of them the dictionary), and a server that never extracts
 * should not carry them; the segmenter built from them takes 36 MB more.
 */
function instance(): Jieba {
  if (!jieba) {
    const { Jieba: Segmenter } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    const { dict } = require("@node-rs/jieba/dict") as typeof import("@node-rs/jieba/dict");
    jieba = Segmenter.withDict(dict);
  }
  return jieba;
}

export function tag(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (const { word, tag } of instance().tag(text, true)) {
    out.push({ word, tag, start: at, end: at + word.length });
    at += word.length;
  }
  return out;
}
