import type { KnowledgeState } from "#core/audit/types";

export { KNOWLEDGE_STATES } from "#core/audit/types";
export type { KnowledgeState };

/**
 * How each knowledge state reads: a label, a two-letter code for the heatmap (so a cell reads
 * without colour), and one sentence on what it means for the leader.
 */
export const STATE_TEXT: Record<KnowledgeState, { label: string; code: string; meaning: string }> = {
  blind_spot: {
    label: "Blind spot",
    code: "BS",
    meaning: "What you believed is contradicted by what they said.",
  },
  assumed: {
    label: "Assumed",
    code: "As",
    meaning: "You hold a belief you assumed, inferred or heard, not yet checked.",
  },
  observed: {
    label: "Observed",
    code: "Ob",
    meaning: "You hold a belief from what you saw yourself, not yet checked.",
  },
  stale: {
    label: "Stale",
    code: "St",
    meaning: "You checked this once, but long enough ago that it may have changed.",
  },
  verified: {
    label: "Verified",
    code: "Ve",
    meaning: "Your belief matched their answer, or you learned it by asking.",
  },
  learned: {
    label: "Learned",
    code: "Le",
    meaning: "You know it from their answer, without a belief written first.",
  },
  sealed: {
    label: "Answered",
    code: "An",
    meaning: "They have answered. Write down what you think first, then look at their answer.",
  },
  unknown: {
    label: "Unknown",
    code: "–",
    meaning: "You hold no belief and have no answer to go on.",
  },
};

/** The order a legend lists states in: what needs attention first. */
export const STATE_ORDER: KnowledgeState[] = [
  "blind_spot",
  "sealed",
  "assumed",
  "observed",
  "stale",
  "verified",
  "learned",
  "unknown",
];

export const stateClass = (state: KnowledgeState): string => `state state--${state.replace("_", "-")}`;
