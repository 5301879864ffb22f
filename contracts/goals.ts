import { z } from "zod";
import { STANCES } from "#core/movement/stances";
import { visibilitySchema } from "./answers";
import { keyedObject, requiredText, uuidParam } from "./common";
import { lintResultSchema } from "./questions";

/**
 * Common goals (issue 12): a leader states a goal for a team (what, why, the first small step);
 * each member places themselves on the stance ladder, the leader records where they perceive each
 * member stands (sealed like a belief: the member's stated stance stays sealed to the leader until
 * they look), the first to reach `supportive` are named as first followers (with their consent)
 * and thanked in the open, and the adoption curve charts stated stances week by week.
 */

export const GOAL_TITLE_MAX = 200;
export const GOAL_WHY_MAX = 2000;
export const GOAL_FIRST_STEP_MAX = 500;
export const GOAL_THANKS_MAX = 500;
export const GOAL_QUESTION_MAX = 500;
export const GOAL_ANSWER_MAX = 2000;

export const stanceSchema = z.enum(STANCES, {
  error: `must be one of ${STANCES.join(", ")}`,
});
export type StanceValue = z.infer<typeof stanceSchema>;

export const goalStatusSchema = z.enum(["active", "archived"], { error: "must be active or archived" });
export type GoalStatus = z.infer<typeof goalStatusSchema>;

export const teamGoalsParams = z.object({ teamId: uuidParam });
export const goalParams = z.object({ goalId: uuidParam });
export const goalPersonParams = goalParams.extend({ userId: uuidParam });
export const goalQuestionParams = goalParams.extend({ questionId: uuidParam });

/** `POST /teams/:teamId/goals`: what, why it matters, and the first small step anyone can take. */
export const newGoalBody = z.object({
  title: requiredText(GOAL_TITLE_MAX),
  why: requiredText(GOAL_WHY_MAX),
  firstStep: requiredText(GOAL_FIRST_STEP_MAX),
});
export type NewGoalInput = z.input<typeof newGoalBody>;

/** `PATCH /goals/:goalId`: any of the three texts, or archive (or restore) it. */
export const updateGoalBody = z.object({
  title: requiredText(GOAL_TITLE_MAX).optional(),
  why: requiredText(GOAL_WHY_MAX).optional(),
  firstStep: requiredText(GOAL_FIRST_STEP_MAX).optional(),
  status: goalStatusSchema.optional(),
});
export type UpdateGoalInput = z.input<typeof updateGoalBody>;

/** `PUT /goals/:goalId/stance`: the member's own stance and who may see it (default `leader`, as for answers). */
export const stanceBody = z.object({
  stance: stanceSchema,
  visibility: visibilitySchema.default("leader"),
});
export type StanceInput = z.input<typeof stanceBody>;

/** `PUT /goals/:goalId/consent`: whether the member agrees to be named as a follower. */
export const consentBody = z.object({ named: z.boolean("must be true or false") });
export type ConsentInput = z.input<typeof consentBody>;

/** `PUT /goals/:goalId/people/:userId/perceived-stance`: where the leader thinks the member stands. */
export const perceivedStanceBody = z.object({ stance: stanceSchema });
export type PerceivedStanceInput = z.input<typeof perceivedStanceBody>;

/** `POST /goals/:goalId/thanks`: a leader thanks a follower who agreed to be named, in the open. */
export const thanksBody = z.object({
  personId: uuidParam,
  message: requiredText(GOAL_THANKS_MAX),
});
export type ThanksInput = z.input<typeof thanksBody>;

/** `POST /goals/:goalId/questions`: anyone on the team asks about the goal. */
export const goalQuestionBody = z.object({ text: requiredText(GOAL_QUESTION_MAX) });
export type GoalQuestionInput = z.input<typeof goalQuestionBody>;

/** `PUT /goals/:goalId/questions/:questionId/answer`: a leader answers. */
export const goalAnswerBody = z.object({ text: requiredText(GOAL_ANSWER_MAX) });
export type GoalAnswerInput = z.input<typeof goalAnswerBody>;

const personRef = z.object({ id: z.string(), name: z.string() });

/** The viewer's own stance: `named` is their consent to be named as a follower. */
export const myStanceSchema = z.object({
  stance: stanceSchema,
  visibility: visibilitySchema,
  statedAt: z.string(),
  named: z.boolean(),
});
export type MyStance = z.infer<typeof myStanceSchema>;

/**
 * Someone who has joined (stated `supportive` or above, not privately, and still does), in the order
 * they first joined. `person` is null ("someone") when they have not agreed to be named (the viewer
 * sees their own name); `first` marks the goal's first three to join.
 */
export const followerSchema = z.object({
  person: personRef.nullable(),
  joinedAt: z.string(),
  first: z.boolean(),
  thanked: z.object({ by: personRef, message: z.string(), at: z.string() }).nullable(),
});
export type Follower = z.infer<typeof followerSchema>;

export const goalQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  askedBy: personRef,
  askedAt: z.string(),
  /** The question linter's reading (stored whatever it says; shown beside the question). */
  lint: lintResultSchema,
  answer: z.object({ text: z.string(), by: personRef, at: z.string() }).nullable(),
});
export type GoalQuestion = z.infer<typeof goalQuestionSchema>;

export const stanceGapSchema = z.object({
  distance: z.number().int(),
  kind: z.enum(["match", "close", "gap"]),
});
export type StanceGapView = z.infer<typeof stanceGapSchema>;

/** A member's stated stance as a leader sees it: its rung once looked at, else only that it exists and when. */
export const statedForLeaderSchema = z.union([
  z.object({ stance: stanceSchema, statedAt: z.string() }),
  z.object({ sealed: z.literal(true), statedAt: z.string() }),
]);
export type StatedForLeader = z.infer<typeof statedForLeaderSchema>;

/** The leader's perceived stance. `afterStated`: written after looking at the member's current stated stance. */
export const perceivedStanceSchema = z.object({
  stance: stanceSchema,
  recordedAt: z.string(),
  afterStated: z.boolean(),
});
export type PerceivedStance = z.infer<typeof perceivedStanceSchema>;

export const goalPersonSchema = z.object({
  person: personRef,
  /** Null when there is no stated stance this leader may see (none, or a private one). */
  stated: statedForLeaderSchema.nullable(),
  perceived: perceivedStanceSchema.nullable(),
  /** Where both show (the stated one looked at). */
  gap: stanceGapSchema.nullable(),
});
export type GoalPerson = z.infer<typeof goalPersonSchema>;

/** `GET /goals/:goalId`: the goal as the viewer may see it. */
export const goalSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  title: z.string(),
  why: z.string(),
  firstStep: z.string(),
  status: goalStatusSchema,
  createdAt: z.string(),
  createdBy: personRef,
  viewer: z.enum(["leader", "member"]),
  myStance: myStanceSchema.nullable(),
  followers: z.array(followerSchema),
  questions: z.array(goalQuestionSchema),
  /** Leaders only: each member of the team with their stated stance (sealed until looked at) and the leader's perceived one. */
  people: z.array(goalPersonSchema).optional(),
  /** Members only: the other members' stances shared with the team. */
  teammates: z.array(z.object({ person: personRef, stance: stanceSchema, statedAt: z.string() })).optional(),
});
export type Goal = z.infer<typeof goalSchema>;

export const goalSummarySchema = z.object({
  id: z.string(),
  teamId: z.string(),
  title: z.string(),
  firstStep: z.string(),
  status: goalStatusSchema,
  createdAt: z.string(),
  myStance: myStanceSchema.nullable(),
  /** The followers the viewer sees on the goal page. */
  joinedCount: z.number().int(),
});
export type GoalSummary = z.infer<typeof goalSummarySchema>;

export const goalListSchema = z.object({ goals: z.array(goalSummarySchema) });
export type GoalList = z.infer<typeof goalListSchema>;

/** `POST …/stance-look`: the member's stated stance, unsealed for this leader. */
export const stanceLookSchema = z.object({ stance: stanceSchema, statedAt: z.string() });
export type StanceLook = z.infer<typeof stanceLookSchema>;

export const thanksSchema = z.object({
  personId: z.string(),
  by: personRef,
  message: z.string(),
  at: z.string(),
});
export type Thanks = z.infer<typeof thanksSchema>;

export const stanceCountsSchema = keyedObject(STANCES, z.number().int());
export type StanceCountsView = z.infer<typeof stanceCountsSchema>;

/** One step of the curve: the counts at the end of a day on which they changed (UTC). */
export const adoptionDaySchema = z.object({ day: z.string(), counts: stanceCountsSchema });
/** One week (starting Monday, UTC): the counts at its end (or now, for this week). */
export const adoptionWeekSchema = z.object({ weekStart: z.string(), counts: stanceCountsSchema });

/**
 * `GET /goals/:goalId/adoption`: stated stances that are not private, over time. To members it is
 * withheld (empty `days` and `weeks`, `withheld` saying why) until at least the workspace's score
 * threshold of people have a stated stance that is not private. `perceived`: the viewer's own
 * perceived stances as a curve, for leaders only.
 */
export const adoptionSchema = z.object({
  goalId: z.string(),
  days: z.array(adoptionDaySchema),
  weeks: z.array(adoptionWeekSchema),
  /** The followers the viewer sees on the goal page. */
  joinedCount: z.number().int(),
  /** When the third person joined (a crowd forms); null before then, or when withheld. */
  crowdAt: z.string().nullable(),
  perceived: z.object({ days: z.array(adoptionDaySchema), weeks: z.array(adoptionWeekSchema) }).optional(),
  withheld: z.object({ reason: z.literal("too_few"), message: z.string() }).optional(),
});
export type Adoption = z.infer<typeof adoptionSchema>;
