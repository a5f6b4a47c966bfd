/**
 * Chinese word segmentation with part-of-speech tags, through @node-rs/jieba (jieba-rs, prebuilt
 * binaries from npm: nothing to compile on these machines; see docs/extract.md for the choice).
 * The rules use it to find where a name begins: the nouns before a suffix, up to a verb or a particle.
 */
import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict";

export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

let jieba: Jieba | undefined;

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
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
