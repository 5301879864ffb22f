/**
 * The active-listening self-check a leader fills in after a conversation (SCIENCE.md, "Active
 * listening", after Rogers & Farson 1957): observable questions about their own listening, each
 * answered yes or no, and their estimate of their share of the talk time.
 */

/** One question of the self-check, and the answer a good listener gives. */
export interface ListeningCheckItem {
  key: string;
  /** The question the leader answers about themselves, yes or no. */
  question: string;
  /** Why it matters, in one line. */
  why: string;
  /** The answer that counts as good listening: `true` for "yes", `false` for "no". */
  good: boolean;
}

export const LISTENING_CHECK_ITEMS = [
  {
    key: "interrupted",
    question: "Did I interrupt?",
    why: "An interruption tells them your point matters more than theirs.",
    good: false,
  },
  {
    key: "paraphrased",
    question: "Did I paraphrase what I heard and check it?",
    why: "Saying it back in your words shows you understood, or lets them correct you.",
    good: true,
  },
  {
    key: "named_feeling",
    question: "Did I name a feeling I noticed?",
    why: "Meaning is in the feeling as much as in the content.",
    good: true,
  },
  {
    key: "open_questions",
    question: "Did I ask more open than closed questions?",
    why: "Open questions let them choose what to tell you.",
    good: true,
  },
  {
    key: "unasked_advice",
    question: "Did I give advice nobody asked for?",
    why: "Advice too early ends the search for their own answer.",
    good: false,
  },
  {
    key: "let_silences_run",
    question: "Did I let silences of three seconds or more run?",
    why: "The considered answer often comes after the pause.",
    good: true,
  },
  {
    key: "turned_to_myself",
    question: "Did I turn the topic to myself?",
    why: "Your story takes the floor from theirs.",
    good: false,
  },
  {
    key: "they_raised_topics",
    question: "Did they raise most of the topics?",
    why: "The 1:1 is their meeting, not yours.",
    good: true,
  },
] as const satisfies readonly ListeningCheckItem[];

export type ListeningCheckKey = (typeof LISTENING_CHECK_ITEMS)[number]["key"];
export const LISTENING_CHECK_KEYS: readonly ListeningCheckKey[] = LISTENING_CHECK_ITEMS.map(
  (item) => item.key,
);

/** The leader's answers: yes, no, or not answered (null), per item. */
export type ListeningCheckAnswers = Record<ListeningCheckKey, boolean | null>;

/**
 * The share of the answered items answered the good listener's way, 0–1; null when none is
 * answered (nothing to score).
 */
export function listeningScore(answers: Partial<ListeningCheckAnswers>): number | null {
  let answered = 0;
  let good = 0;
  for (const item of LISTENING_CHECK_ITEMS) {
    const answer = answers[item.key];
    if (answer === true || answer === false) {
      answered += 1;
      if (answer === item.good) good += 1;
    }
  }
  return answered === 0 ? null : good / answered;
}

/** Above this share of talk time (percent) the leader talked more than they listened: amber. */
export const TALK_SHARE_AMBER_ABOVE = 50;
/** Above this share the conversation was theirs rather than the member's: red. */
export const TALK_SHARE_RED_ABOVE = 65;

/** How a talk share (0–100) reads: fine up to 50%, amber above, red above 65%. */
export function talkShareLevel(share: number): "fine" | "amber" | "red" {
  if (share > TALK_SHARE_RED_ABOVE) return "red";
  if (share > TALK_SHARE_AMBER_ABOVE) return "amber";
  return "fine";
}
