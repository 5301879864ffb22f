/**
 * The followership self-assessment (Kelley's two axes, SCIENCE.md): 20 items in our own words,
 * ten on independent, critical thinking (`it`) and ten on active engagement (`ae`), each answered
 * 0–6 for how often it holds. Each axis sums to 0–60; the two sums alone place a person in one of
 * five styles, and a mixed case (one axis in the middle, the other high or low) is the nearest
 * style, pragmatist, with a leaning toward the corner the extreme axis points to. The styles are
 * conversation starters, not diagnoses (later studies contest the two-factor structure).
 */

export const FOLLOWERSHIP_AXES = ["it", "ae"] as const;
export type FollowershipAxis = (typeof FOLLOWERSHIP_AXES)[number];

export const FOLLOWERSHIP_STYLES = ["exemplary", "alienated", "conformist", "passive", "pragmatist"] as const;
export type FollowershipStyle = (typeof FOLLOWERSHIP_STYLES)[number];
/** The corner styles a mixed case may lean toward. */
export type FollowershipLeaning = Exclude<FollowershipStyle, "pragmatist">;

export const FOLLOWERSHIP_ITEM_IDS = [
  "it1",
  "ae1",
  "it2",
  "ae2",
  "it3",
  "ae3",
  "it4",
  "ae4",
  "it5",
  "ae5",
  "it6",
  "ae6",
  "it7",
  "ae7",
  "it8",
  "ae8",
  "it9",
  "ae9",
  "it10",
  "ae10",
] as const;
export type FollowershipItemId = (typeof FOLLOWERSHIP_ITEM_IDS)[number];

export interface FollowershipItem {
  id: FollowershipItemId;
  axis: FollowershipAxis;
  /** What the item covers, one of the aspects SCIENCE.md lists for its axis. */
  aspect: string;
  /** The statement, in the first person, answered for how often it holds. */
  text: string;
}

/** Each answer is a whole number from 0 (rarely) to 6 (almost always). */
export const FOLLOWERSHIP_ANSWER_MIN = 0;
export const FOLLOWERSHIP_ANSWER_MAX = 6;
/** Ten items of at most 6 per axis. */
export const FOLLOWERSHIP_AXIS_MAX = 60;
/** Below this an axis is low. */
export const FOLLOWERSHIP_LOW_BELOW = 20;
/** Above this an axis is high; from the low cut-off to here it is in the middle. */
export const FOLLOWERSHIP_HIGH_ABOVE = 40;
/** A middle axis above this reads as high when choosing a leaning, at or below it as low. */
export const FOLLOWERSHIP_MIDDLE_SPLIT = 30;

// Stryker disable StringLiteral: the wording is content, like the facet catalogue; ids and axes are checked by followership.test.ts
export const FOLLOWERSHIP_ITEMS: readonly FollowershipItem[] = [
  {
    id: "it1",
    axis: "it",
    aspect: "work that serves an aim of one's own",
    text: "I can say how my work serves something I care about, for myself or for other people.",
  },
  {
    id: "ae1",
    axis: "ae",
    aspect: "personal goals in line with the organisation's",
    text: "What I want for myself and what the organisation is trying to achieve pull the same way.",
  },
  {
    id: "it2",
    axis: "it",
    aspect: "deciding for oneself what matters most",
    text: "I work out for myself which of my tasks matter most, rather than waiting to be told.",
  },
  {
    id: "ae2",
    axis: "ae",
    aspect: "energy and commitment",
    text: "I put real energy into my work and hold myself to the team's goals.",
  },
  {
    id: "it3",
    axis: "it",
    aspect: "proposing and championing ideas",
    text: "I put forward ideas of my own and keep making the case for the good ones until they get a fair hearing.",
  },
  {
    id: "ae3",
    axis: "ae",
    aspect: "enthusiasm that spreads",
    text: "My interest in the work rubs off on the people I work with.",
  },
  {
    id: "it4",
    axis: "it",
    aspect: "tackling hard problems instead of handing them up",
    text: "When a hard problem lands with me, I work on it myself before taking it to my leader.",
  },
  {
    id: "ae4",
    axis: "ae",
    aspect: "building a distinctive competence",
    text: "I set out to build skills that make me especially useful to the team.",
  },
  {
    id: "it5",
    axis: "it",
    aspect: "naming both the upside and the risk",
    text: "When I back a plan, I also say plainly what could go wrong with it.",
  },
  {
    id: "ae5",
    axis: "ae",
    aspect: "early results on what the leader cares about",
    text: "When I take on something new, I look for early results on what matters most to my leader.",
  },
  {
    id: "it6",
    axis: "it",
    aspect: "honesty about one's own strengths and weaknesses",
    text: "I am candid, with myself and with others, about what I do well and where I fall short.",
  },
  {
    id: "ae6",
    axis: "ae",
    aspect: "reliability with little supervision",
    text: "I deliver what I take on without anyone needing to check on me.",
  },
  {
    id: "it7",
    axis: "it",
    aspect: "privately questioning the leader's decisions",
    text: "I weigh my leader's decisions against my own judgement instead of taking them as given.",
  },
  {
    id: "ae7",
    axis: "ae",
    aspect: "taking on work beyond the role",
    text: "I pick up work outside my own role when it needs doing.",
  },
  {
    id: "it8",
    axis: "it",
    aspect: "refusing requests that break one's standards",
    text: "I turn down requests that would mean working below my standards or against them.",
  },
  {
    id: "ae8",
    axis: "ae",
    aspect: "contributing fully when someone else leads",
    text: "When someone else leads a piece of work, I still give it my full effort.",
  },
  {
    id: "it9",
    axis: "it",
    aspect: "one's own ethics over the group's",
    text: "When the group's habits and my own sense of what is right part ways, I act on my own.",
  },
  {
    id: "ae9",
    axis: "ae",
    aspect: "helping peers without taking the credit",
    text: "I help colleagues succeed without needing the credit for it.",
  },
  {
    id: "it10",
    axis: "it",
    aspect: "speaking up despite the risk",
    text: "I raise a concern with my leader or the team even when saying it could cost me.",
  },
  {
    id: "ae10",
    axis: "ae",
    aspect: "understanding and helping with the leader's goals and limits",
    text: "I know what my leader is aiming for and what holds them back, and I help with both.",
  },
];

/** The answer scale, 0 to 6; the ends and the middle carry words. */
export const FOLLOWERSHIP_SCALE: readonly { value: number; label: string | null }[] = [
  { value: 0, label: "Rarely" },
  { value: 1, label: null },
  { value: 2, label: null },
  { value: 3, label: "Occasionally" },
  { value: 4, label: null },
  { value: 5, label: null },
  { value: 6, label: "Almost always" },
];
// Stryker restore StringLiteral

export type FollowershipAnswers = Readonly<Record<FollowershipItemId, number>>;

export interface FollowershipScores {
  it: number;
  ae: number;
}

export interface FollowershipResult {
  style: FollowershipStyle;
  /** The corner a mixed case leans toward; null when the style is not mixed. */
  leaning: FollowershipLeaning | null;
}

/** Whether a value is an answer the scale allows: a whole number from 0 to 6. */
export const isFollowershipAnswer = (value: unknown): value is number =>
  Number.isInteger(value) &&
  (value as number) >= FOLLOWERSHIP_ANSWER_MIN &&
  (value as number) <= FOLLOWERSHIP_ANSWER_MAX;

/** Whether a value is an axis score: a whole number from 0 to 60. */
export const isAxisScore = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= FOLLOWERSHIP_AXIS_MAX;

/**
 * The two sums of a complete set of answers. Throws RangeError on a missing or out-of-range
 * answer: callers validate first (the contract does), so reaching it is a bug.
 */
export function scoreFollowership(answers: FollowershipAnswers): FollowershipScores {
  const scores: FollowershipScores = { it: 0, ae: 0 };
  for (const item of FOLLOWERSHIP_ITEMS) {
    const answer = answers[item.id];
    if (!isFollowershipAnswer(answer)) throw new RangeError(`Item ${item.id} needs an answer from 0 to 6.`);
    scores[item.axis] += answer;
  }
  return scores;
}

type Band = "low" | "middle" | "high";

const bandOf = (score: number): Band =>
  score < FOLLOWERSHIP_LOW_BELOW ? "low" : score > FOLLOWERSHIP_HIGH_ABOVE ? "high" : "middle";

/** The corner of the two axes, each read as high or not. */
function corner(itHigh: boolean, aeHigh: boolean): FollowershipLeaning {
  if (itHigh) return aeHigh ? "exemplary" : "alienated";
  return aeHigh ? "conformist" : "passive";
}

/**
 * Whether a score reads as high when choosing a corner: above 30. For a high or low band that is
 * the band itself (above 40, below 20); for a middle one, the side of 30 it falls on.
 */
const readsHigh = (score: number): boolean => score > FOLLOWERSHIP_MIDDLE_SPLIT;

/**
 * The style of two axis scores (0–60 each). Both high or low: the corner style. Both in the
 * middle: pragmatist. One in the middle and the other high or low: pragmatist, leaning toward the
 * corner the extreme axis points to, the middle one read as high above 30 (IT 45, AE 30 →
 * pragmatist leaning alienated).
 */
export function followershipStyle(it: number, ae: number): FollowershipResult {
  if (!isAxisScore(it) || !isAxisScore(ae))
    throw new RangeError("Each axis score is a whole number from 0 to 60.");
  const itBand = bandOf(it);
  const aeBand = bandOf(ae);
  const leaning = corner(readsHigh(it), readsHigh(ae));
  if (itBand === "middle" && aeBand === "middle") return { style: "pragmatist", leaning: null };
  if (itBand === "middle" || aeBand === "middle") return { style: "pragmatist", leaning };
  return { style: leaning, leaning: null };
}

/** The distance between two points on the map (an estimate and a self-view), to one decimal. */
export function followershipGap(a: FollowershipScores, b: FollowershipScores): number {
  return Math.round(Math.hypot(a.it - b.it, a.ae - b.ae) * 10) / 10;
}
