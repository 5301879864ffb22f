import { BELIEF_SOURCES } from "#core/audit/types";
import type { BeliefSource, ComparisonOutcome } from "./knowledge.api";

/** Where a belief came from, with the short explanation shown when choosing it. */
export const SOURCE_TEXT: Record<BeliefSource, { label: string; explanation: string }> = {
  assumed: { label: "Assumed", explanation: "my guess, nothing to go on" },
  inferred: { label: "Inferred", explanation: "worked out from something else" },
  heard: { label: "Heard", explanation: "someone else told me" },
  observed: { label: "Observed", explanation: "I saw it myself" },
  asked: { label: "Asked", explanation: "they told me when I asked" },
};

export const SOURCES: readonly BeliefSource[] = BELIEF_SOURCES;

export const CONFIDENCE_TEXT: Record<number, string> = {
  1: "a guess",
  2: "unsure",
  3: "fairly sure",
  4: "sure",
  5: "certain",
};

export const OUTCOME_TEXT: Record<ComparisonOutcome, { label: string; meaning: string }> = {
  match: { label: "Match", meaning: "what you believed is what they said" },
  partial: { label: "Partial", meaning: "you were partly right" },
  miss: { label: "Miss", meaning: "what they said contradicts what you believed" },
};

export const OUTCOMES: ComparisonOutcome[] = ["match", "partial", "miss"];
