/**
 * An article as the contract counts it: paragraph N is the N-th non-empty line. Newspaper pages set
 * in columns put spaces inside words (服 务), so the rules read a text without spaces and every match
 * is mapped back to offsets in the paragraph as printed: the draft cites spans, never copied text.
 */

export interface Paragraph {
  /** 1-based, as `para N` cites it. */
  n: number;
  /** The line as printed. */
  original: string;
  /** The line without whitespace, which the rules read. */
  text: string;
  /** `offsets[i]` is where `text[i]` stands in `original`; one more entry for the end. */
  offsets: number[];
}

export interface Sentence {
  paragraph: Paragraph;
  /** Start and end (exclusive) in `paragraph.text`. */
  start: number;
  end: number;
  text: string;
}

export function paragraphs(article: string): Paragraph[] {
  return article
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((original, i) => normalize(original, i + 1));
}

export function normalize(original: string, n = 1): Paragraph {
  let text = "";
  const offsets: number[] = [];
  for (let i = 0; i < original.length; i++) {
    if (/\s/.test(original[i])) continue;
    text += original[i];
    offsets.push(i);
  }
  offsets.push(original.length);
  return { n, original, text, offsets };
}

/** Sentences end at 。！？；and at the end of the line (a page may break a sentence across lines). */
export function sentences(paragraph: Paragraph): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const text = paragraph.text;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || "。！？；!?;".includes(text[i])) {
      const end = i < text.length ? i + 1 : i;
      if (end > start) out.push({ paragraph, start, end, text: text.slice(start, end) });
      start = end;
    }
  }
  return out;
}

/** The span in the printed paragraph of `[start, end)` in its normalized text. */
export function originalSpan(paragraph: Paragraph, start: number, end: number): [number, number] {
  const s = paragraph.offsets[start] ?? paragraph.original.length;
  const e = end > 0 ? (paragraph.offsets[end - 1] ?? paragraph.original.length - 1) + 1 : 0;
  return [s, e];
}
