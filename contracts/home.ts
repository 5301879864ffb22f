import { z } from "zod";
import { myAnswerSchema } from "./answers";
import { commitmentSchema } from "./commitments";
import { teamRoleSchema } from "./common";

/**
 * What someone's home shows (`GET /me/home`): what to do now, each part only about the viewer's own
 * work. `leading` is there for someone who leads a team, `member` for someone who is a member of
 * one, `checklist` for a leader (or someone who may start a team) who has not dismissed it.
 */

export const CHECKLIST_STEPS = ["create_team", "write_manual", "invite", "write_beliefs"] as const;
export type ChecklistStepKey = (typeof CHECKLIST_STEPS)[number];

export const checklistStepSchema = z.object({
  key: z.enum(CHECKLIST_STEPS),
  done: z.boolean(),
  /** For the beliefs step: how many of the people led hold at least one belief of the viewer's. */
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
});
export type ChecklistStep = z.infer<typeof checklistStepSchema>;

/** The first week's steps, in the order they can be done; each ticks itself from the data. */
export const checklistSchema = z.object({ steps: z.array(checklistStepSchema) });
export type Checklist = z.infer<typeof checklistSchema>;

/** One (person, facet) of the viewer's knowledge: names only, never an answer's or a belief's words. */
export const homeCellSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  facetId: z.string(),
  facetKey: z.string(),
  facetTitle: z.string(),
});
export type HomeCell = z.infer<typeof homeCellSchema>;

export const homeInvitationSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  email: z.string(),
  role: teamRoleSchema,
  status: z.enum(["pending", "expired"]),
  expiresAt: z.string(),
});
export type HomeInvitation = z.infer<typeof homeInvitationSchema>;

export const homeLeadingSchema = z.object({
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  /** The workspace's freshness window: what the viewer learned longer ago than this is `stale`. */
  freshnessDays: z.number().int(),
  /** Answers waiting for the viewer's guess: answered, and the viewer has neither a belief nor looked. */
  sealed: z.array(homeCellSchema),
  blindSpots: z.array(homeCellSchema),
  stale: z.array(homeCellSchema),
  /** Open commitments past their due day between the viewer and the people they lead, either side's. */
  overdueCommitments: z.array(commitmentSchema),
  /** People the viewer leads who have shared no answer with them yet (private answers do not count). */
  notAnswered: z.array(z.object({ personId: z.string(), personName: z.string() })),
  /** Open invitations to the teams the viewer leads, pending or expired. */
  invitations: z.array(homeInvitationSchema),
});
export type HomeLeading = z.infer<typeof homeLeadingSchema>;

export const homeMemberSchema = z.object({
  /** The viewer's own "working with me": answered facets of the audited, active ones. */
  manual: z.object({ answered: z.number().int(), total: z.number().int() }),
  /** Open commitments past their due day between the viewer and their leaders, either side's. */
  overdueCommitments: z.array(commitmentSchema),
  /** For each team the viewer is a member of, its leaders' manuals as the viewer may read them. */
  leaderManuals: z.array(
    z.object({
      teamId: z.string(),
      teamName: z.string(),
      leaders: z.array(z.object({ id: z.string(), name: z.string(), answers: z.array(myAnswerSchema) })),
    }),
  ),
});
export type HomeMember = z.infer<typeof homeMemberSchema>;

export const homeSchema = z.object({
  checklist: checklistSchema.nullable(),
  leading: homeLeadingSchema.nullable(),
  member: homeMemberSchema.nullable(),
});
export type Home = z.infer<typeof homeSchema>;
