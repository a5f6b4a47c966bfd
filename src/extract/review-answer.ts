/**
 * What POST /extract answers (http/extract-endpoint.ts): written by the server, read by the
 * explorer's review page and by the endpoint's tests, so declared once, here. Types only and no
 * imports: the explorer's browser build takes it as it is.
 */

/** A review line read back: where the record comes from and what the rules doubt. */
export interface Review {
  /** The paragraph cited; none for the Source. */
  para?: number;
  /** Character offsets in the printed paragraph, end exclusive: the name or figure. */
  chars?: [number, number];
  /** The sentence around a figure. */
  sentence?: [number, number];
  /** What the rules are unsure of (or, for a link, why it is drawn); empty when sure. */
  doubts: string[];
}

/** One proposed record (the NDJSON shape of contract section 2) with its review. */
export interface ReviewedRecord extends Review {
  record: Record<string, unknown>;
}

/** The whole draft of one article. */
export interface DraftAnswer {
  /** The prefix of every id the draft made. */
  prefix: string;
  paragraphs: { n: number; text: string }[];
  records: ReviewedRecord[];
  /** Names already in the graph, which the draft links to rather than writes. */
  notes: string[];
}
