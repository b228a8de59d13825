import type { CaseRuleId, FlagRuleId } from './rule-set';

/** A verified R6 link: two rows whose texts have the given 3-gram Jaccard similarity. */
export type SimilarLink = { a: number; b: number; similarity: number };

/** Why a group of tickets is a case; rows are table rows, shown to people as ticket ids. */
export type CaseEvidence =
  | { rule: 'R1'; addressKey: string; category2: string; addresses: string[] }
  | { rule: 'R2'; phoneMasked: string; category1: string }
  | { rule: 'R6'; street: string; links: SimilarLink[] };

/**
 * One detected chronic case: a gap chain of rows in (acceptedAt, id) order. `gapsDays` are the
 * days between consecutive tickets (fractional), the evidence that they form one chain.
 */
export type DetectedCase = {
  rule: CaseRuleId;
  rows: number[];
  key: string;
  firstAt: number;
  lastAt: number;
  gapsDays: number[];
  evidence: CaseEvidence;
};

/** One flagged ticket (R3, R4, R5) with the values that triggered each rule. */
export type DetectedFlag = {
  row: number;
  rules: FlagRuleId[];
  reopens: number;
  rejects: number;
  pingPong: boolean;
  dispatchSeq: string[];
  dueAt: number | null;
  /** Days between dueAt and the asOf instant, when R5 applies. */
  overdueDays: number | null;
};

/** Full result of a detection run, in table rows. */
export type ChronicDetection = {
  asOf: string;
  /** The asOf instant: the end of the asOf day, i.e. local midnight of the next day (exclusive). */
  asOfEnd: number;
  ruleSet: { id: string; version: number; sha256: string };
  cases: DetectedCase[];
  flags: DetectedFlag[];
  /** Number of tickets the run saw (accepted before asOfEnd). */
  visible: number;
};

export type ChronicProgress = { phase: 'order' | 'R1' | 'R2' | 'R6' | 'flags'; done: number; total: number };
