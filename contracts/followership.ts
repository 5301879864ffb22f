import { z } from "zod";
import {
  FOLLOWERSHIP_ANSWER_MAX,
  FOLLOWERSHIP_ANSWER_MIN,
  FOLLOWERSHIP_AXES,
  FOLLOWERSHIP_AXIS_MAX,
  FOLLOWERSHIP_HIGH_ABOVE,
  FOLLOWERSHIP_ITEM_IDS,
  FOLLOWERSHIP_LOW_BELOW,
  FOLLOWERSHIP_STYLES,
} from "#core/instruments/followership";
import { visibilitySchema } from "./answers";
import { keyedObject, uuidParam } from "./common";

/**
 * Followership (Kelley's two axes): the self-assessment a member takes, the leader's estimate of
 * where a member stands, and the team map that sets the two side by side for the team's leaders.
 */

export const followershipAxisSchema = z.enum(FOLLOWERSHIP_AXES);
export const followershipStyleSchema = z.enum(FOLLOWERSHIP_STYLES);
export type FollowershipStyle = z.infer<typeof followershipStyleSchema>;
/** A mixed case's corner; null when the style is not mixed. */
export const followershipLeaningSchema = z
  .enum(["exemplary", "alienated", "conformist", "passive"])
  .nullable();

/** `GET /instruments/followership`: the 20 items, interleaved, and the 0–6 scale. */
export const followershipInstrumentSchema = z.object({
  items: z.array(z.object({ id: z.string(), axis: followershipAxisSchema, text: z.string() })),
  /** Only 0, 3 and 6 carry words (rarely, occasionally, almost always); the others are null. */
  scale: z.array(z.object({ value: z.number(), label: z.string().nullable() })),
});
export type FollowershipInstrument = z.infer<typeof followershipInstrumentSchema>;

const ITEM_IDS: ReadonlySet<string> = new Set(FOLLOWERSHIP_ITEM_IDS);

const answerValue = z
  .number("must be a whole number from 0 to 6")
  .int("must be a whole number from 0 to 6")
  .min(FOLLOWERSHIP_ANSWER_MIN, "must be a whole number from 0 to 6")
  .max(FOLLOWERSHIP_ANSWER_MAX, "must be a whole number from 0 to 6");

/**
 * A take of the self-assessment: every item answered (a missing, unknown or out-of-range one is a
 * 400 naming it, `answers.it3`), and who may see the result, as for an answer (default `leader`).
 */
export const followershipAssessmentBody = z.object({
  answers: keyedObject(FOLLOWERSHIP_ITEM_IDS, answerValue)
    .catchall(z.unknown())
    .superRefine((answers, issue) => {
      // Named one by one (`answers.xy1`), where a strict object would name only `answers`.
      for (const key of Object.keys(answers))
        if (!ITEM_IDS.has(key))
          issue.addIssue({ code: "custom", path: [key], message: "is not an item of the assessment" });
    }),
  visibility: visibilitySchema.default("leader"),
});
export type FollowershipAssessmentInput = z.input<typeof followershipAssessmentBody>;

const axisScore = z.number().int().min(0).max(FOLLOWERSHIP_AXIS_MAX);

/** One take's result: the two axis scores (0–60), the style and its leaning. */
export const followershipAssessmentSchema = z.object({
  id: z.string(),
  it: axisScore,
  ae: axisScore,
  style: followershipStyleSchema,
  leaning: followershipLeaningSchema,
  visibility: visibilitySchema,
  takenAt: z.string(),
});
export type FollowershipAssessment = z.infer<typeof followershipAssessmentSchema>;

/** `GET /me/assessments/followership`: my latest take and every take, newest first. */
export const myFollowershipSchema = z.object({
  latest: followershipAssessmentSchema.nullable(),
  history: z.array(followershipAssessmentSchema),
});
export type MyFollowership = z.infer<typeof myFollowershipSchema>;

const estimateAxis = z
  .number("must be a whole number from 0 to 60")
  .int("must be a whole number from 0 to 60")
  .min(0, "must be a whole number from 0 to 60")
  .max(FOLLOWERSHIP_AXIS_MAX, "must be a whole number from 0 to 60");

/** The leader's placement of a person on the two axes, 0–60 each. */
export const followershipEstimateBody = z.object({ it: estimateAxis, ae: estimateAxis });
export type FollowershipEstimateInput = z.input<typeof followershipEstimateBody>;

/**
 * The leader's estimate. `afterResult`: written after the leader had looked at the person's
 * result (their answer on the followership-style facet), so it was not committed first.
 */
export const followershipEstimateSchema = z.object({
  it: axisScore,
  ae: axisScore,
  style: followershipStyleSchema,
  leaning: followershipLeaningSchema,
  recordedAt: z.string(),
  afterResult: z.boolean(),
});
export type FollowershipEstimate = z.infer<typeof followershipEstimateSchema>;

export const followershipPersonParams = z.object({ userId: uuidParam });
export const followershipTeamParams = z.object({ teamId: uuidParam });

/**
 * `GET /teams/:teamId/followership-map`, for the team's leaders: each member with the viewer's
 * estimate and, where the member's latest result lets this leader see it and the leader has looked
 * at it (as for every answer), the member's self-view; `gap` is the distance between the two points
 * where both show. `selfSealed`: the member has a result this leader may see but has not looked at
 * yet (write an estimate first, then look on the person's page).
 */
export const followershipMapSchema = z.object({
  teamId: z.string(),
  /** The style regions' cut-offs: low below 20, high above 40, each axis up to 60. */
  regions: z.object({
    low: z.literal(FOLLOWERSHIP_LOW_BELOW),
    high: z.literal(FOLLOWERSHIP_HIGH_ABOVE),
    max: z.literal(FOLLOWERSHIP_AXIS_MAX),
  }),
  people: z.array(
    z.object({
      person: z.object({ id: z.string(), name: z.string() }),
      estimate: followershipEstimateSchema.omit({ recordedAt: true }).nullable(),
      self: z
        .object({
          it: axisScore,
          ae: axisScore,
          style: followershipStyleSchema,
          leaning: followershipLeaningSchema,
          takenAt: z.string(),
        })
        .nullable(),
      selfSealed: z.boolean(),
      gap: z.number().nullable(),
    }),
  ),
});
export type FollowershipMap = z.infer<typeof followershipMapSchema>;
