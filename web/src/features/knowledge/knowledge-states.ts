import type { KnowledgeState } from "#core/audit/types";

export { KNOWLEDGE_STATES } from "#core/audit/types";
export type { KnowledgeState };

/**
 * How each knowledge state reads: a label, a sign for the heatmap (so a cell reads without colour;
 * each hints at its meaning, and the key beside the heatmap names it in words), and one sentence on
 * what it means for the leader. The envelope carries U+FE0E so it draws as text, not as an emoji.
 */
export const STATE_TEXT: Record<KnowledgeState, { label: string; sign: string; meaning: string }> = {
  blind_spot: {
    label: "Blind spot",
    sign: "!",
    meaning: "What you believed is contradicted by what they said.",
  },
  assumed: {
    label: "Assumed",
    sign: "?",
    meaning: "You hold a belief you assumed, inferred or heard, not yet checked.",
  },
  observed: {
    label: "Observed",
    sign: "◉",
    meaning: "You hold a belief from what you saw yourself, not yet checked.",
  },
  stale: {
    label: "Stale",
    sign: "↻",
    meaning: "You checked this once, but long enough ago that it may have changed.",
  },
  verified: {
    label: "Verified",
    sign: "✓",
    meaning: "Your belief matched their answer, or you learned it by asking.",
  },
  learned: {
    label: "Learned",
    sign: "❝",
    meaning: "You know it from their answer, without a belief written first.",
  },
  sealed: {
    label: "Answered",
    sign: "✉\uFE0E",
    meaning: "They have answered. Write down what you think first, then look at their answer.",
  },
  unknown: {
    label: "Unknown",
    sign: "–",
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
