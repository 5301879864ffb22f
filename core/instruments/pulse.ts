/**
 * The trust pulse (SCIENCE.md, "Trust"): an anonymous survey a team answers about its leader(s) and
 * itself, on a 1–7 agreement scale.
 *
 * - The trust equation (Maister, Green & Galford): three items each on credibility, reliability and
 *   intimacy, and three on self-orientation, where agreeing means the leader seems MORE taken up with
 *   themselves (so a higher self-orientation lowers trust; those items are not reversed, the equation
 *   divides by them).
 * - Team psychological safety (Edmondson's structure, our own words): seven items, one per aspect,
 *   three of them worded so that agreeing means LESS safety; those are reversed (8 − x) by meaning.
 *
 * Scores:
 * - each component is the mean over respondents of each respondent's mean over that component's
 *   items (reversed items read as 8 − x), so it runs 1–7;
 * - psychological safety is that mean over its seven items, 1–7;
 * - the trust index rescales T = (C + R + I) / S, which runs from 3/7 (all 1s, self-orientation 7) to
 *   21 (all 7s, self-orientation 1), to 0–100 on a logarithmic scale:
 *       trust index = 100 × ln(T / (3/7)) / ln(49)
 *   T is a ratio, so equal factors count equally: halving self-orientation moves the index as much as
 *   doubling the sum above it. A neutral team (every answer 4, T = 3) scores exactly 50, because
 *   3 / (3/7) = 7 = √49.
 */

export const PULSE_MEASURES = [
  "credibility",
  "reliability",
  "intimacy",
  "self_orientation",
  "psychological_safety",
] as const;
export type PulseMeasure = (typeof PULSE_MEASURES)[number];

export type PulseItem = { id: string; measure: PulseMeasure; reversed: boolean; text: string };

// Stryker disable StringLiteral: the wording is content, like the facet catalogue; ids, measures and reversals are checked by pulse.test.ts
export const PULSE_ITEMS: readonly PulseItem[] = [
  {
    id: "p1",
    measure: "credibility",
    reversed: false,
    text: "Our leader knows the work well enough that I take their advice seriously.",
  },
  {
    id: "p2",
    measure: "credibility",
    reversed: false,
    text: "When our leader explains why something is so, the explanation holds up.",
  },
  {
    id: "p3",
    measure: "credibility",
    reversed: false,
    text: "Our leader tells us how things stand, even when the news is unwelcome.",
  },
  {
    id: "p4",
    measure: "reliability",
    reversed: false,
    text: "Our leader does what they said they would do.",
  },
  {
    id: "p5",
    measure: "reliability",
    reversed: false,
    text: "When our leader promises something by a date, it arrives by then or we hear in good time.",
  },
  {
    id: "p6",
    measure: "reliability",
    reversed: false,
    text: "Our leader acts the same way from one week to the next, so I know what to expect.",
  },
  {
    id: "p7",
    measure: "intimacy",
    reversed: false,
    text: "I could tell our leader about something that worries me and it would stay between us.",
  },
  {
    id: "p8",
    measure: "intimacy",
    reversed: false,
    text: "I feel at ease raising a difficulty outside work with our leader when it affects my work.",
  },
  {
    id: "p9",
    measure: "intimacy",
    reversed: false,
    text: "Our leader handles what I confide in them with care.",
  },
  {
    id: "p10",
    measure: "self_orientation",
    reversed: false,
    text: "Our leader seems more concerned with how things reflect on them than with how they affect us.",
  },
  {
    id: "p11",
    measure: "self_orientation",
    reversed: false,
    text: "In a conversation, our leader keeps steering back to their own concerns.",
  },
  {
    id: "p12",
    measure: "self_orientation",
    reversed: false,
    text: "When our leader decides, their own interests tend to come before the team's.",
  },
  {
    id: "p13",
    measure: "psychological_safety",
    reversed: true,
    text: "When I get something wrong here, it is remembered against me.",
  },
  {
    id: "p14",
    measure: "psychological_safety",
    reversed: false,
    text: "On this team we can name a problem or an awkward issue openly.",
  },
  {
    id: "p15",
    measure: "psychological_safety",
    reversed: true,
    text: "Someone who does not fit the usual mould gets kept at a distance here.",
  },
  {
    id: "p16",
    measure: "psychological_safety",
    reversed: false,
    text: "I can try something uncertain here without fearing what happens to me if it fails.",
  },
  {
    id: "p17",
    measure: "psychological_safety",
    reversed: true,
    text: "I hold back from asking my teammates when I need a hand.",
  },
  {
    id: "p18",
    measure: "psychological_safety",
    reversed: false,
    text: "I trust that nobody here would quietly work against what I am trying to do.",
  },
  {
    id: "p19",
    measure: "psychological_safety",
    reversed: false,
    text: "What I am particularly good at is noticed and put to use on this team.",
  },
];

export const PULSE_SCALE: readonly { value: number; label: string }[] = [
  { value: 1, label: "Strongly disagree" },
  { value: 2, label: "Disagree" },
  { value: 3, label: "Somewhat disagree" },
  { value: 4, label: "Neither agree nor disagree" },
  { value: 5, label: "Somewhat agree" },
  { value: 6, label: "Agree" },
  { value: 7, label: "Strongly agree" },
];
// Stryker restore StringLiteral

export const PULSE_MIN = 1;
export const PULSE_MAX = 7;

/** One respondent's answers: every item's id to a whole number 1–7 (other keys are ignored). */
export type PulseAnswers = Readonly<Record<string, number>>;

export type PulseScores = {
  credibility: number;
  reliability: number;
  intimacy: number;
  selfOrientation: number;
  psychologicalSafety: number;
  trustIndex: number;
};

/**
 * The first item a response leaves out or answers outside 1–7 (not a whole number included), or
 * null when it answers every item.
 */
export function invalidPulseItem(answers: PulseAnswers): string | null {
  const bad = PULSE_ITEMS.find(({ id }) => {
    const value = answers[id];
    return value === undefined || !Number.isInteger(value) || value < PULSE_MIN || value > PULSE_MAX;
  });
  return bad?.id ?? null;
}

/** The trust index of the equation's four components (1–7 each): 0–100, 50 for all 4s. */
export function trustIndex(
  credibility: number,
  reliability: number,
  intimacy: number,
  selfOrientation: number,
) {
  const ratio = (credibility + reliability + intimacy) / selfOrientation;
  return (100 * Math.log(ratio / (3 / 7))) / Math.log(49);
}

/**
 * The scores of a round's responses, or null for none. Throws a RangeError naming the item
 * (`answers.p3`) when a response misses an item or answers it outside 1–7.
 */
export function scorePulse(responses: readonly PulseAnswers[]): PulseScores | null {
  if (responses.length === 0) return null;
  for (const answers of responses) {
    const bad = invalidPulseItem(answers);
    if (bad !== null) throw new RangeError(`answers.${bad}`);
  }
  const component = (measure: PulseMeasure) => {
    const items = PULSE_ITEMS.filter((item) => item.measure === measure);
    // Each respondent's mean over the component's items, then the mean of those.
    const perRespondent = responses.map(
      (answers) => items.reduce((sum, item) => sum + scoredValue(item, answers), 0) / items.length,
    );
    return perRespondent.reduce((sum, value) => sum + value, 0) / perRespondent.length;
  };
  const credibility = component("credibility");
  const reliability = component("reliability");
  const intimacy = component("intimacy");
  const selfOrientation = component("self_orientation");
  return {
    credibility,
    reliability,
    intimacy,
    selfOrientation,
    psychologicalSafety: component("psychological_safety"),
    trustIndex: trustIndex(credibility, reliability, intimacy, selfOrientation),
  };
}

/** An answer as the component reads it: a reversed item as 8 − x. */
function scoredValue(item: PulseItem, answers: PulseAnswers): number {
  const value = answers[item.id] ?? Number.NaN;
  return item.reversed ? PULSE_MAX + PULSE_MIN - value : value;
}
