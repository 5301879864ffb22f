/**
 * The words a question is filed under, apart from the bank itself (bank.ts), so that code which
 * only needs the words (the API contracts, the web app) does not load every bank question.
 */

export const QUESTION_DEPTHS = ["light", "medium", "deep"] as const;
/** How personal a question is: light for any 1:1, deep once trust is there. */
export type QuestionDepth = (typeof QUESTION_DEPTHS)[number];

export const QUESTION_TOPICS = [
  "trust",
  "goals",
  "wellbeing",
  "career",
  "team",
  "listening",
  "priorities",
  "first-one-on-one",
  "hard-week",
] as const;
/** A theme for questions that belong to no single facet. */
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];
