/** The three dimensions on which a leader needs to know a person (PRODUCT.md, "The model"). */
export const DIMENSIONS = ["workstyle", "values", "followership"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/**
 * How a facet is answered. Structured kinds (single_choice, multiple_choice, scale) let Rapport
 * compute agreement between a belief and an answer; text needs the leader's judgement.
 */
export const ANSWER_KINDS = ["text", "single_choice", "multiple_choice", "scale"] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/**
 * Whom a facet asks. `everyone`: each person answers it about themselves and their leaders may hold
 * beliefs about it, so it is part of the audit. `leaders`: a prompt about leading, answered only in a
 * leader's own manual for the people they lead; nobody guesses about it, so it stays out of beliefs,
 * person pages, the heatmap and every audit.
 */
export const FACET_AUDIENCES = ["everyone", "leaders"] as const;
export type FacetAudience = (typeof FACET_AUDIENCES)[number];

export interface FacetOption {
  /** Stable identifier stored in answers and beliefs, never shown. */
  id: string;
  label: string;
}

export interface ScaleLabels {
  /** What 1 means on this facet's 1–5 scale. */
  low: string;
  /** What 5 means. */
  high: string;
}

export interface FacetDefinition {
  /** Stable key, kebab-case, unique in the catalogue (e.g. "communication-channels"). */
  key: string;
  dimension: Dimension;
  title: string;
  /**
   * One line on what this facet is about, said to the person answering it about themselves, in the
   * second person ("When in the working day you do your sharpest thinking").
   */
  aboutYou: string;
  /**
   * The same line said to someone reading about that person (their leader, a teammate), in the
   * third person ("When in the working day they do their sharpest thinking").
   */
  aboutThem: string;
  kind: AnswerKind;
  /** For single_choice and multiple_choice. */
  options?: FacetOption[];
  /** For scale: labels for the two ends of 1–5. */
  scale?: ScaleLabels;
  /** Relative importance for ranking next conversations, 1 (normal) to 3 (high). */
  weight: number;
  /** Whom it asks; `everyone` when left out. */
  audience?: FacetAudience;
}

/** Whether leaders hold beliefs about a facet, and so whether it counts in the audit. */
export const isAudited = (facet: { audience?: FacetAudience | undefined }): boolean =>
  (facet.audience ?? "everyone") === "everyone";

/**
 * A value as stored for an answer or a belief:
 * text → string; single_choice → option id; multiple_choice → option ids; scale → integer 1–5.
 */
export type FacetValue = string | string[] | number;
