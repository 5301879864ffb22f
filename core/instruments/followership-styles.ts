/**
 * What each followership style tends to mean, for the person who took the self-assessment and for
 * their leader. Neutral on purpose: a pattern to talk about, never a verdict (SCIENCE.md: present
 * the styles as conversation starters, not diagnoses). The web shows these beside a result.
 */
import type { FollowershipResult, FollowershipStyle } from "./followership";

export interface FollowershipStyleDescription {
  /** The style's name, as screens show it. */
  title: string;
  /** What the pattern of answers tends to mean. */
  pattern: string;
  /** How to use it: what to do with the result. */
  howToUse: string;
  /** A question to open a conversation with. */
  starter: string;
}

// Stryker disable StringLiteral: the wording is content, like the facet catalogue; followership-styles.test.ts checks every style has one
export const FOLLOWERSHIP_STYLE_DESCRIPTIONS: Readonly<
  Record<FollowershipStyle, FollowershipStyleDescription>
> = {
  exemplary: {
    title: "Exemplary",
    pattern:
      "The answers describe someone who both thinks things through for themselves and puts their energy into the work: they question, propose and commit.",
    howToUse:
      "Use it to talk about where that pairing shows most, and where it costs effort to keep up. It says how the person sees their habits now, not what they are.",
    starter:
      "Where do you find it easiest to push back and still give the work your all, and where is it harder?",
  },
  alienated: {
    title: "Alienated",
    pattern:
      "The answers describe someone whose own judgement is strongly engaged while their active engagement is held back: they see what could be better and keep some of their effort in reserve.",
    howToUse:
      "Often this pattern follows an idea that went unheard or a promise that was not kept. Use it to ask what would make it worth getting involved again, and listen before explaining.",
    starter: "What is one thing you see clearly about how we work that you have stopped raising?",
  },
  conformist: {
    title: "Conformist",
    pattern:
      "The answers describe someone who engages readily and gives their effort freely, and tends to go with the leader's or the group's view rather than weigh it against their own.",
    howToUse:
      "This pattern often grows where disagreeing has felt risky or unwelcome. Use it to ask where they would like more room to challenge, and make it safe to do so.",
    starter: "When did you last disagree with a decision here, and what did you do with that?",
  },
  passive: {
    title: "Passive",
    pattern:
      "The answers describe someone who, for now, leans on the leader for direction and judgement and engages when asked rather than on their own initiative.",
    howToUse:
      "It can reflect the role, the moment or how the person has been led, more than the person. Use it to find what would draw them in: a piece of work that is theirs, or a question that is.",
    starter:
      "Which part of your work would you most like to own, from deciding what to do to seeing it done?",
  },
  pragmatist: {
    title: "Pragmatist",
    pattern:
      "The answers sit in the middle on both axes: someone who questions and engages in measure, reading the situation before deciding how much of either it needs.",
    howToUse:
      "Use it to talk about what decides how much they invest: the work, the stakes, the people. A leaning, when there is one, says which corner the answers edge toward.",
    starter: "What makes a piece of work one you throw yourself into, rather than one you see through?",
  },
};
// Stryker restore StringLiteral

/** A result in words: the style's title, and its leaning when mixed ("Pragmatist, leaning alienated"). */
export function followershipResultText(result: FollowershipResult): string {
  const title = FOLLOWERSHIP_STYLE_DESCRIPTIONS[result.style].title;
  return result.leaning === null ? title : `${title}, leaning ${result.leaning}`;
}
