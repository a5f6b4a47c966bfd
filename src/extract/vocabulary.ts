/**
 * The vocabulary (vocabulary.json) typed: what names end in, what figures are counted in and the words
 * that qualify them. Kept as data so that a researcher adds a suffix or a unit without touching a rule.
 */
import raw from "./vocabulary.json";
import type { APPROX, DATE_BASIS, MEASURES, RESULT_STATUS } from "../graph/model";

export type Approx = (typeof APPROX)[number];
export type Status = (typeof RESULT_STATUS)[number];
export type DateBasis = (typeof DATE_BASIS)[number];
export type Measure = (typeof MEASURES)[number];
export type OrgType = "PartyOrganization" | "Unit" | "Community" | "Alliance" | "ServiceStation" | "Area";

export interface SuffixRule {
  suffix: string;
  type: OrgType;
  level?: string;
  sector?: string;
  kind?: string;
}

export interface Vocabulary {
  organizationSuffixes: SuffixRule[];
  genericNames: string[];
  wordsNotNames: string[];
  suffixNotBefore: Record<string, string[]>;
  placeSuffixes: string[];
  regionPrefixes: string[];
  titles: string[];
  partyWords: string[];
  bareLevels: Record<string, string>;
  paragraphLevels: string[];
  ownedSuffixes: string[];
  nameBreakers: string[];
  units: { unit: string; canonical: string; chineseOnly?: boolean }[];
  numberStops: { before: string[]; after: string[] };
  notAfterUnit: Record<string, string[]>;
  approx: { word: string; approx: Approx; at: "before" | "after" | "inside" }[];
  status: { word: string; status: Status; sentence?: boolean }[];
  doneWords: string[];
  dateBasis: { word: string; basis: DateBasis }[];
  sinceWords: string[];
  countedIn: { unit: string; noun: string; canonical: string }[];
  measures: { measure: Measure; units: string[]; words: string[]; clause?: string[] }[];
  pairingCues: { word: string; kind: string }[];
  memberCues: string[];
  foundingCues: string[];
  storyWords: string[];
  creditWords: string[];
  elsewhereLevels: string[];
}

export const VOCABULARY: Vocabulary = raw as unknown as Vocabulary;
