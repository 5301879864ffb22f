/**
 * Ready-made starter sets (issue 17): a few bank questions for a common moment, which a leader can
 * copy into a list of their own in one step and then edit there like any other copied question.
 * Data only: the ids are bank ids (bank.json), every one open under the linter (starter-sets.test.ts).
 */

export const STARTER_SET_KEYS = ["first-one-on-one", "new-team-member", "hard-week"] as const;
export type StarterSetKey = (typeof STARTER_SET_KEYS)[number];

export interface StarterSet {
  key: StarterSetKey;
  /** Short enough for a button or a list name. */
  title: string;
  /** One sentence on when the set helps. */
  description: string;
  /** Bank question ids, in the order the list should hold them. */
  questionIds: readonly string[];
}

// Stryker disable StringLiteral: the wording is content; the ids are checked by starter-sets.test.ts
export const STARTER_SETS: readonly StarterSet[] = [
  {
    key: "first-one-on-one",
    title: "A first 1:1",
    description:
      "For the first one-to-one with someone you have just started leading: how to work together, before anything else.",
    questionIds: ["q296", "q297", "q299", "q007", "q102", "q139", "q300", "q076", "q258", "q172"],
  },
  {
    key: "new-team-member",
    title: "Getting to know a new team member",
    description:
      "For the first weeks with someone new to the team: how they think, plan and focus, and what their work is for.",
    questionIds: ["q298", "q001", "q020", "q032", "q038", "q063", "q089", "q082", "q302", "q303", "q151"],
  },
  {
    key: "hard-week",
    title: "After a hard week",
    description:
      "For the conversation after a hard stretch: how the person is, what weighed most, and what you can take off them.",
    questionIds: ["q306", "q307", "q311", "q309", "q312", "q310", "q314", "q055", "q316"],
  },
];
// Stryker restore StringLiteral

/** The starter set with this key, if there is one. */
export function starterSetByKey(key: string): StarterSet | undefined {
  return STARTER_SETS.find((set) => set.key === key);
}
