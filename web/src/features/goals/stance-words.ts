import { STANCES, type Stance } from "#core/movement/stances";

export { STANCES };

/**
 * The ladder in a person's words: each rung's name and what it means, said by the member of
 * themselves (`mine`) and by a leader of someone they lead (`theirs`).
 */
export const STANCE_TEXT: Record<Stance, { label: string; mine: string; theirs: string }> = {
  unaware: {
    label: "Unaware",
    mine: "I had not heard of this goal before now.",
    theirs: "Has not heard of the goal.",
  },
  aware: {
    label: "Aware",
    mine: "I know about it and have not given it much thought yet.",
    theirs: "Knows about it, has not given it much thought.",
  },
  curious: {
    label: "Curious",
    mine: "I want to know more before I decide.",
    theirs: "Wants to know more before deciding.",
  },
  supportive: {
    label: "Supportive",
    mine: "I think it is worth doing and will help where I can.",
    theirs: "Thinks it is worth doing and helps where they can.",
  },
  committed: {
    label: "Committed",
    mine: "I am taking part: I have taken the first step, or will this week.",
    theirs: "Is taking part: has taken the first step.",
  },
  champion: {
    label: "Champion",
    mine: "I bring others along and speak up for it.",
    theirs: "Brings others along and speaks up for it.",
  },
};

export const stanceLabel = (stance: Stance): string => STANCE_TEXT[stance].label;
