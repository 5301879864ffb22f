import { z } from "zod";
import { PULSE_ITEMS, PULSE_MAX, PULSE_MEASURES, PULSE_MIN } from "#core/instruments/pulse";
import { MIN_ANONYMITY_THRESHOLD } from "#core/privacy/anonymity";
import { keyedObject, uuidParam } from "./common";

/**
 * The trust pulse: a round opened for a team with a closing day, answered once by each member,
 * anonymously (no user id and no time finer than the day on a response), and read once closed as
 * figures each shown or withheld with why. Days are UTC calendar days, `YYYY-MM-DD`.
 */

/** A calendar day, `YYYY-MM-DD`, that exists. */
const daySchema = z.iso.date("must be a date, YYYY-MM-DD");

export const PULSE_COMMENT_MAX = 2000;
/** The furthest a round may close after the day it opens. */
export const PULSE_MAX_DAYS_OPEN = 60;

/** How long someone had been on the team when they answered: under 180 days, or longer. */
export const PULSE_TENURES = ["newer", "longer"] as const;
export const pulseTenureSchema = z.enum(PULSE_TENURES);
export type PulseTenure = z.infer<typeof pulseTenureSchema>;

export const pulseStatusSchema = z.enum(["open", "closed"]);
export type PulseStatus = z.infer<typeof pulseStatusSchema>;

export const pulseRoundSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  openedOn: z.string(),
  /** The last day it can be answered (UTC). */
  closesOn: z.string(),
  /** The day it was closed; null while open. */
  closedOn: z.string().nullable(),
  /** Closed once closed by hand or once its closing day is over (UTC). */
  status: pulseStatusSchema,
  /** Whether the viewer has answered this round (never whether anyone else has). */
  answered: z.boolean(),
});
export type PulseRound = z.infer<typeof pulseRoundSchema>;

export const pulseParams = z.object({ pulseId: uuidParam });

/** A new round: its closing day, after today and at most 60 days on (the server checks, in UTC). */
export const newPulseBody = z.object({ closesOn: daySchema });
export type NewPulseInput = z.input<typeof newPulseBody>;

export const pulseItemSchema = z.object({
  id: z.string(),
  measure: z.enum(PULSE_MEASURES),
  text: z.string(),
});
export type PulseItemView = z.infer<typeof pulseItemSchema>;

export const pulseScaleSchema = z.array(z.object({ value: z.number().int(), label: z.string() }));

/** The fewest answers behind a figure (`scores`) and behind the comments (`comments`). */
export const pulseThresholdsSchema = z.object({ scores: z.number().int(), comments: z.number().int() });

/** A round with what answering it takes: the items, the 1–7 agreement scale and the thresholds. */
export const pulseDetailSchema = z.object({
  round: pulseRoundSchema,
  items: z.array(pulseItemSchema),
  scale: pulseScaleSchema,
  /** The workspace's thresholds, so the one answering reads from how many answers figures show. */
  thresholds: pulseThresholdsSchema,
});
export type PulseDetail = z.infer<typeof pulseDetailSchema>;

const PULSE_ITEM_IDS = PULSE_ITEMS.map((item) => item.id);
const scale = `a whole number from ${PULSE_MIN} to ${PULSE_MAX}`;
const agreement = z
  .number(`is required: ${scale}`)
  .int(`must be ${scale}`)
  .min(PULSE_MIN, `must be ${scale}`)
  .max(PULSE_MAX, `must be ${scale}`);

/**
 * One member's answers: every item, each 1–7 (a missing or out-of-range item is a 400 naming it,
 * `answers.p3`; an unknown one is refused), and an optional comment, trimmed.
 */
export const pulseResponseBody = z.object({
  answers: keyedObject(PULSE_ITEM_IDS, agreement).strict(),
  comment: z
    .string()
    .trim()
    .max(PULSE_COMMENT_MAX, `must be at most ${PULSE_COMMENT_MAX} characters`)
    .optional(),
});
export type PulseResponseInput = z.input<typeof pulseResponseBody>;

export const pulseAnsweredSchema = z.object({ answered: z.literal(true) });

/** A figure: its value, or the sentence saying why it is withheld. */
export const pulseFigureSchema = z.union([
  z.object({ value: z.number() }),
  z.object({ withheld: z.string() }),
]);
export type PulseFigure = z.infer<typeof pulseFigureSchema>;

export const PULSE_FIGURES = [
  "credibility",
  "reliability",
  "intimacy",
  "selfOrientation",
  "trustIndex",
  "psychologicalSafety",
] as const;
export type PulseFigureKey = (typeof PULSE_FIGURES)[number];
export const pulseFiguresSchema = keyedObject(PULSE_FIGURES, pulseFigureSchema);
export type PulseFigures = z.infer<typeof pulseFiguresSchema>;

/** The comments of the whole team's slice, in random order, no dates; or why they are not shown. */
export const pulseCommentsSchema = z.discriminatedUnion("shown", [
  z.object({ shown: z.literal(true), items: z.array(z.string()) }),
  z.object({ shown: z.literal(false), reason: z.string() }),
]);
export type PulseComments = z.infer<typeof pulseCommentsSchema>;

export const pulseResultsQuery = z.object({ tenure: pulseTenureSchema.optional() });
export type PulseResultsQuery = z.input<typeof pulseResultsQuery>;

export const pulseResultsSchema = z.object({
  round: pulseRoundSchema,
  /** The sub-group asked for, or null for the whole team. */
  tenure: pulseTenureSchema.nullable(),
  /** How many answered in this slice; null when its figures are withheld. */
  respondents: z.number().int().nullable(),
  thresholds: pulseThresholdsSchema,
  figures: pulseFiguresSchema,
  comments: pulseCommentsSchema,
});
export type PulseResults = z.infer<typeof pulseResultsSchema>;

/** A round in the team's trend: its whole-team figures once closed (null while open). */
export const pulseTrendRoundSchema = pulseRoundSchema.extend({
  respondents: z.number().int().nullable(),
  figures: pulseFiguresSchema.nullable(),
});
export type PulseTrendRound = z.infer<typeof pulseTrendRoundSchema>;

export const pulseTrendSchema = z.object({ rounds: z.array(pulseTrendRoundSchema) });
export type PulseTrend = z.infer<typeof pulseTrendSchema>;

/** The workspace's anonymity thresholds: the fewest respondents behind a score, and behind comments. */
export const ANONYMITY_THRESHOLD_MIN = MIN_ANONYMITY_THRESHOLD;
export const ANONYMITY_THRESHOLD_MAX = 100;
/** A new workspace's thresholds (SCIENCE.md: 3 for scores, 5 for comments). */
export const DEFAULT_ANONYMITY_THRESHOLDS = { scoreThreshold: 3, commentThreshold: 5 } as const;
const threshold = z
  .number("must be a whole number")
  .int("must be a whole number")
  .min(ANONYMITY_THRESHOLD_MIN, `must be at least ${ANONYMITY_THRESHOLD_MIN}`)
  .max(ANONYMITY_THRESHOLD_MAX, `must be at most ${ANONYMITY_THRESHOLD_MAX}`);

export const anonymitySettingsSchema = z.object({
  scoreThreshold: z.number().int(),
  commentThreshold: z.number().int(),
});
export type AnonymitySettings = z.infer<typeof anonymitySettingsSchema>;

export const anonymitySettingsBody = z.object({
  scoreThreshold: threshold.optional(),
  commentThreshold: threshold.optional(),
});
export type AnonymitySettingsInput = z.input<typeof anonymitySettingsBody>;
