/**
 * Pairings and memberships by their cue words (vocabulary `pairingCues`, `memberCues`): a sentence that
 * says 共驻共建, 结对, 双报到 or 签订协议 states a pairing between the organizations it names; one that
 * puts organizations in an alliance with 成员 or 加入 states their membership.
 */
import type { Sentence } from "./paragraphs";
import { VOCABULARY } from "./vocabulary";

export interface PairingCue {
  kind: string;
  word: string;
  /** In the paragraph's normalized text. */
  start: number;
  end: number;
}

const CUES = [...VOCABULARY.pairingCues].sort((a, b) => b.word.length - a.word.length);

/** The pairing cues of a sentence, longest first, none inside a longer one (结对 inside 结对共建). */
export function findPairingCues(sentence: Sentence): PairingCue[] {
  const out: PairingCue[] = [];
  const covered = new Array<boolean>(sentence.text.length).fill(false);
  for (const cue of CUES) {
    for (let at = sentence.text.indexOf(cue.word); at >= 0; at = sentence.text.indexOf(cue.word, at + 1)) {
      if (covered[at]) continue;
      for (let i = at; i < at + cue.word.length; i++) covered[i] = true;
      out.push({ kind: cue.kind, word: cue.word, start: sentence.start + at, end: sentence.start + at + cue.word.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The role a sentence gives alliance members (常任理事长单位), when it gives one. */
export function memberRole(sentence: Sentence): string | undefined {
  return sentence.text.match(/(常任理事长单位|理事长单位|副理事长单位|理事单位|成员单位)/)?.[1];
}

export function statesMembership(sentence: Sentence): boolean {
  return VOCABULARY.memberCues.some((w) => sentence.text.includes(w));
}
