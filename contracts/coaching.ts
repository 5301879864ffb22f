import { z } from "zod";
import { auditFiguresSchema } from "./audit";
import { daySchema } from "./commitments";
import { emailSchema, givenPasswordSchema, personNameSchema, requiredText, uuidParam } from "./common";
import { practiceSchema } from "./practice";

/**
 * Coaching: a leader invites a coach (a normal account in the same workspace) and grants them
 * figures, each switched on or off at any time; the coach writes notes to the leader and sets
 * practice assignments. A coach never sees a member's answer, a leader's belief, a conversation's
 * notes, a member's name beside a figure, or a pulse response: every figure here is team-level or
 * the leader's own.
 */

/** What a leader may let a coach see, each on its own. */
export const COACH_GRANTS = ["practice", "audit", "goals", "alignment", "manual"] as const;
export const coachGrantSchema = z.enum(COACH_GRANTS, {
  error: `must be one of ${COACH_GRANTS.join(", ")}`,
});
export type CoachGrant = z.infer<typeof coachGrantSchema>;

/** A set of grants, each named once (order does not matter; the server stores them sorted). */
export const coachGrantsSchema = z
  .array(coachGrantSchema)
  .max(COACH_GRANTS.length)
  .refine((grants) => new Set(grants).size === grants.length, "names a grant twice");

export const coachParams = z.object({
  coachId: uuidParam.describe("The coaching's id, as GET /me/coaches lists it"),
});
export const leaderParams = z.object({ leaderId: uuidParam });
export const leaderFigureParams = leaderParams.extend({ grant: coachGrantSchema });
export const assignmentParams = z.object({ assignmentId: uuidParam });
export const coachInvitationParams = z.object({
  token: z.string().min(10, "is not an invitation token").max(100),
});

// ---- The leader's side: /me/coaches -------------------------------------------------------

export const inviteCoachBody = z.object({ email: emailSchema, grants: coachGrantsSchema });
export type InviteCoachInput = z.input<typeof inviteCoachBody>;

export const updateCoachBody = z.object({ grants: coachGrantsSchema });
export type UpdateCoachInput = z.input<typeof updateCoachBody>;

/** `pending`: invited, link not used yet; `expired`: the link ran out unused; `active`: coaching. */
export const coachStatusSchema = z.enum(["pending", "expired", "active"]);

export const coachSchema = z.object({
  id: z.string(),
  email: z.string(),
  /** The coach's name once they have accepted; null before. */
  name: z.string().nullable(),
  status: coachStatusSchema,
  grants: z.array(coachGrantSchema),
  invitedAt: z.string(),
  acceptedAt: z.string().nullable(),
  expiresAt: z.string(),
});
export type Coach = z.infer<typeof coachSchema>;

export const coachListSchema = z.object({ coaches: z.array(coachSchema) });
export type CoachList = z.infer<typeof coachListSchema>;

/** `POST /me/coaches`: the new coaching with its link, the only time the link is shown. */
export const createdCoachSchema = coachSchema.extend({ url: z.string(), emailed: z.boolean() });
export type CreatedCoach = z.infer<typeof createdCoachSchema>;

// ---- The coach's invitation link ----------------------------------------------------------

export const coachInvitationPreviewSchema = z.object({
  workspaceName: z.string(),
  leaderName: z.string(),
  email: z.string(),
  grants: z.array(coachGrantSchema),
  expiresAt: z.string(),
});
export type CoachInvitationPreview = z.infer<typeof coachInvitationPreviewSchema>;

/** A new account's name and password; nothing when signed in as the invited address. */
export const acceptCoachInvitationBody = z
  .object({ name: personNameSchema.optional(), password: givenPasswordSchema.optional() })
  .nullish();
export type AcceptCoachInvitationInput = z.input<typeof acceptCoachInvitationBody>;

export const acceptedCoachInvitationSchema = z.object({ coachId: z.string(), leaderId: z.string() });
export type AcceptedCoachInvitation = z.infer<typeof acceptedCoachInvitationSchema>;

// ---- Notes and assignments ----------------------------------------------------------------

export const COACH_NOTE_MAX = 4000;
export const ASSIGNMENT_TITLE_MAX = 300;

export const coachNoteBody = z.object({ body: requiredText(COACH_NOTE_MAX) });
export type CoachNoteInput = z.input<typeof coachNoteBody>;

export const coachNoteSchema = z.object({
  id: z.string(),
  body: z.string(),
  coachId: z.string(),
  coachName: z.string(),
  createdAt: z.string(),
});
export type CoachNote = z.infer<typeof coachNoteSchema>;

/**
 * What an assignment's progress is computed from, counted over the leader's own data from the
 * day it was set to its due day: conversations held, vulnerability loops closed, open questions
 * asked, commitments kept on time. `manual`: the leader marks it done.
 */
export const ASSIGNMENT_MEASURES = [
  "manual",
  "conversations_held",
  "loops_closed",
  "open_questions_asked",
  "commitments_kept",
] as const;
export const assignmentMeasureSchema = z.enum(ASSIGNMENT_MEASURES, {
  error: `must be one of ${ASSIGNMENT_MEASURES.join(", ")}`,
});
export type AssignmentMeasure = z.infer<typeof assignmentMeasureSchema>;

export const newAssignmentBody = z
  .object({
    title: requiredText(ASSIGNMENT_TITLE_MAX),
    dueOn: daySchema,
    measure: assignmentMeasureSchema.default("manual"),
    /** How many of the measure make it done; required unless the measure is `manual`. */
    target: z.number().int().min(1).max(100).optional(),
  })
  .refine((body) => body.measure === "manual" || body.target !== undefined, {
    path: ["target"],
    message: "is required for a measured assignment",
  });
export type NewAssignmentInput = z.input<typeof newAssignmentBody>;

/** The leader marks a manual assignment done (or not done again). */
export const updateAssignmentBody = z.object({ done: z.boolean() });
export type UpdateAssignmentInput = z.input<typeof updateAssignmentBody>;

export const assignmentSchema = z.object({
  id: z.string(),
  title: z.string(),
  coachId: z.string(),
  coachName: z.string(),
  setOn: z.string(),
  dueOn: z.string(),
  measure: assignmentMeasureSchema,
  target: z.number().int().nullable(),
  /** How many of the measure so far (null for manual ones). */
  progress: z.number().int().nullable(),
  done: z.boolean(),
  /** Open, past its due day, and not done. */
  overdue: z.boolean(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

/** `GET /me/coaching`: what the leader's coaches wrote to them and set them. */
export const myCoachingSchema = z.object({
  notes: z.array(coachNoteSchema),
  assignments: z.array(assignmentSchema),
});
export type MyCoaching = z.infer<typeof myCoachingSchema>;

// ---- The coach's side: /coaching/leaders --------------------------------------------------

export const coachedLeaderSchema = z.object({
  id: z.string(),
  name: z.string(),
  grants: z.array(coachGrantSchema),
  since: z.string(),
  openAssignments: z.number().int(),
});
export type CoachedLeader = z.infer<typeof coachedLeaderSchema>;

export const coachedLeaderListSchema = z.object({ leaders: z.array(coachedLeaderSchema) });
export type CoachedLeaderList = z.infer<typeof coachedLeaderListSchema>;

/** One of the leader's teams by the audit's team-level figures; never a person, never a cell. */
export const coachAuditTeamSchema = z.object({
  teamId: z.string(),
  teamName: z.string(),
  figures: auditFiguresSchema,
});

/** A goal's adoption: counts of stated, non-private stances at or above `supportive`, by week. */
export const coachGoalSchema = z.object({
  goalId: z.string(),
  title: z.string(),
  teamName: z.string(),
  weeks: z.array(z.object({ weekStart: z.string(), joined: z.number().int(), stated: z.number().int() })),
  /** Why the curve is empty, when fewer than the workspace's score threshold have stated a stance. */
  withheld: z.string().nullable(),
});

export const coachAlignmentTeamSchema = z.object({
  teamId: z.string(),
  teamName: z.string(),
  items: z.number().int(),
  raters: z.number().int(),
  /** Kendall's W over the members' orders; null when too few rated or withheld. */
  concordance: z.number().nullable(),
  withheld: z.string().nullable(),
});

export const coachManualAnswerSchema = z.object({
  facetId: z.string(),
  facetTitle: z.string(),
  value: z.unknown(),
  updatedAt: z.string(),
});

/**
 * `GET /coaching/leaders/:leaderId`: the granted figures, each null when not granted (and left
 * out of nothing else), with the coach's notes and assignments to this leader.
 */
export const coachedLeaderDetailSchema = z.object({
  leader: z.object({ id: z.string(), name: z.string() }),
  grants: z.array(coachGrantSchema),
  practice: practiceSchema.nullable(),
  audit: z.object({ teams: z.array(coachAuditTeamSchema) }).nullable(),
  goals: z.object({ goals: z.array(coachGoalSchema) }).nullable(),
  alignment: z.object({ teams: z.array(coachAlignmentTeamSchema) }).nullable(),
  /** The leader's own manual: their answers shared with anyone (never a private one). */
  manual: z.object({ answers: z.array(coachManualAnswerSchema) }).nullable(),
  notes: z.array(coachNoteSchema),
  assignments: z.array(assignmentSchema),
});
export type CoachedLeaderDetail = z.infer<typeof coachedLeaderDetailSchema>;

/**
 * `GET /coaching/leaders/:leaderId/figures/:grant`: one granted figure alone (the others null), or
 * 403 `grant_required` while the leader does not grant it: the request for a figure the leader
 * switched off is refused at once.
 */
export const coachedFigureSchema = coachedLeaderDetailSchema
  .pick({ leader: true, practice: true, audit: true, goals: true, alignment: true, manual: true })
  .extend({ grant: coachGrantSchema });
export type CoachedFigure = z.infer<typeof coachedFigureSchema>;
