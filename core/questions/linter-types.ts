/**
 * The vocabulary of the question linter (PRODUCT.md, "Questions"; SCIENCE.md, "Question linter rules").
 * Kept apart from the rules so that the rule modules and the linter can share it without importing each other.
 */

/**
 * The patterns that shut a conversation down, in the order findings are reported.
 * The order goes from the opener (how the question starts) to its shape and then its wording,
 * so a leader reading the list fixes the first words first.
 */
export const LINT_CODES = [
  "closed",
  "why",
  "leading",
  "advice",
  "double_barreled",
  "stacked",
  "forced_choice",
  "loaded",
] as const;

export type LintCode = (typeof LINT_CODES)[number];

export interface LintFinding {
  code: LintCode;
  /** Plain language: why this pattern tends to shut the conversation down. */
  message: string;
  /** A concrete rewrite when one can be derived from the text, otherwise a way to open the question. */
  suggestion: string;
}

export interface LintResult {
  /**
   * True when the question triggers no rule. Text with no letter or digit is not a question, and text
   * that does not read as English was not read: both are false, with no findings.
   */
  open: boolean;
  /** "other" when the text does not read as English (the rules know English only); null for text with no letter or digit. */
  language: "english" | "other" | null;
  /** At most one finding per code, in LINT_CODES order. */
  findings: LintFinding[];
}

/** A labelled example of the linter's specification: the codes it must find, none for an open question. */
export interface LintExample {
  text: string;
  codes: LintCode[];
}
