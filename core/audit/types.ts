import type { Dimension } from "../facets/facet";

/**
 * Inputs and outputs of the assumption audit (PRODUCT.md, "The assumption audit").
 * Everything here is plain data: the engine never reads a clock or a database.
 */

/** Where a leader's belief came from. Only `asked` is knowledge rather than assumption. */
export const BELIEF_SOURCES = ["assumed", "inferred", "heard", "observed", "asked"] as const;
export type BeliefSource = (typeof BELIEF_SOURCES)[number];

/** How a belief compared with the member's own answer. */
export const COMPARISON_OUTCOMES = ["match", "partial", "miss"] as const;
export type ComparisonOutcome = (typeof COMPARISON_OUTCOMES)[number];

/** The derived state of what a leader knows of one person on one facet. */
export const KNOWLEDGE_STATES = [
  "unknown",
  "sealed",
  "assumed",
  "observed",
  "verified",
  "learned",
  "blind_spot",
  "stale",
] as const;
export type KnowledgeState = (typeof KNOWLEDGE_STATES)[number];

/** The window after which verified knowledge goes stale, when the workspace sets none. */
export const DEFAULT_FRESHNESS_DAYS = 180;

/** A facet as the audit needs it: a catalogue entry with its workspace identifier. */
export interface AuditFacet {
  id: string;
  key: string;
  dimension: Dimension;
  /** Relative importance when ranking next conversations; higher ranks first. */
  weight: number;
  /** Retired facets are left out of every figure, state and suggestion. */
  retired?: boolean;
}

/** A person in scope of an audit. */
export interface AuditPerson {
  personId: string;
  /** The last 1:1 the leader held with this person; absent when they never met. */
  lastConversationAt?: Date;
}

/** A group of people led by the leader. */
export interface AuditTeam {
  teamId: string;
  members: readonly AuditPerson[];
}

/** The leader's belief on one (person, facet). */
export interface CellBelief {
  source: BeliefSource;
  /** 1 (a guess) to 5 (certain); read as probability confidence / 5. Values outside 1–5 are clamped. */
  confidence: number;
  recordedAt: Date;
  /**
   * Recorded or changed after the leader looked at the current version of the member's answer
   * ("Beliefs come first"): such a belief never counts in accuracy or calibration.
   */
  afterAnswer: boolean;
}

/** What the audit knows of one (person, facet). A missing observation is an `unknown` cell. */
export interface CellObservation {
  personId: string;
  facetId: string;
  belief?: CellBelief;
  /**
   * Present while the member has an answer whose visibility lets the leader see it; a withdrawn or
   * private answer is absent. `sealed` while the leader has not looked at its current version: the
   * leader knows an answer exists and when, not what it says ("Beliefs come first").
   */
  answerVisible?: { answeredAt: Date; sealed?: boolean };
  /**
   * The leader's comparison of the current belief with the answer; it only counts while the answer
   * is visible and unsealed. When the leader revises the belief or the member changes the answer,
   * the caller drops the old comparison.
   */
  comparison?: { outcome: ComparisonOutcome; comparedAt: Date };
  /** When the leader last re-confirmed this knowledge (e.g. in a conversation); refreshes verified cells. */
  lastVerifiedAt?: Date;
}

export interface AuditSettings {
  /** Verified or learned knowledge older than this many days is `stale`. Defaults to 180. */
  freshnessDays?: number;
  /** The moment the audit is computed for; the caller passes it so the engine stays pure. */
  now: Date;
}

export interface AuditOptions {
  /** How many next conversations to suggest; default 10. */
  limit?: number;
  /**
   * Whether to return one `states` entry per cell (the heatmap). Default true; a caller that only
   * needs figures over a very large scope can turn it off to avoid one allocation per cell.
   */
  includeStates?: boolean;
}

export interface AuditCounts {
  /** (person, facet) pairs audited. */
  cells: number;
  /** Distinct people among the cells. */
  people: number;
  /** Cells where the leader holds a belief (after_answer beliefs included). */
  beliefs: number;
  /** Cells whose comparison feeds accuracy and calibration (after_answer beliefs excluded). */
  compared: number;
  blindSpots: number;
  stale: number;
}

/** The audit figures of a set of cells. Every share is in [0, 1], or null when its denominator is 0. */
export interface AuditFigures {
  coverage: number | null;
  /** Share of cells `verified` or `learned`: what rests on the person's own word (PRODUCT.md's "verified share"). */
  confirmedShare: number | null;
  assumptionLoad: number | null;
  accuracy: number | null;
  /** Brier score: 0 is perfect, 1 is as wrong as possible. Lower is better. */
  calibration: number | null;
  meanConfidence: number | null;
  overconfident: boolean;
  counts: AuditCounts;
  /** How many cells are in each state (for legends and the heatmap). */
  stateCounts: Record<KnowledgeState, number>;
}

export interface CellState {
  personId: string;
  facetId: string;
  state: KnowledgeState;
}

/** A (person, facet) worth exploring in the next conversation with that person. */
export interface NextConversation {
  personId: string;
  facetId: string;
  state: KnowledgeState;
  /** 5 blind spot, 4 high-confidence assumption, 3 assumption, 2 stale, 1 unknown. */
  priority: number;
  /** The facet's weight, the second ranking key. */
  weight: number;
  /** Whole days since the last conversation with this person; null when they never met. */
  daysSinceConversation: number | null;
  /** One sentence saying why this pair is suggested. */
  reason: string;
}

export interface AuditReport {
  figures: AuditFigures;
  /** One entry per cell, person-major in input order (empty when `includeStates` is false). */
  states: CellState[];
  /**
   * The same states, compactly and always (whatever `includeStates` says): one string per person
   * in input order, one letter (`STATE_CODES`, codes.ts) per active facet in input order.
   */
  stateRows: string[];
  blindSpots: CellState[];
  stale: CellState[];
  /** Answers waiting for the leader's guess, the cheapest wins: write down a belief, then look. */
  sealed: CellState[];
  byDimension: Record<Dimension, AuditFigures>;
  nextConversations: NextConversation[];
}
