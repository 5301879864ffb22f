import { z } from "zod";
import { myAnswerSchema } from "./answers";
import { stanceGapItemSchema } from "./audit";
import { commitmentSchema } from "./commitments";
import { teamRoleSchema } from "./common";
import { rhythmSchema } from "./conversations";
import { pulseRoundSchema } from "./pulses";

/**
 * What someone's home shows (`GET /me/home`): what to do now, each part only about the viewer's own
 * work. `leading` is there for someone who leads a team, `member` for someone who is a member of
 * one, `checklist` for a leader (or someone who may start a team) who has not dismissed it.
 */

export const CHECKLIST_STEPS = [
  "create_team",
  "write_manual",
  "invite",
  "write_beliefs",
  "first_conversation",
] as const;
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

/** A conversation on someone's home: when, and with whom (never its agenda or notes). */
export const homeConversationSchema = z.object({
  conversationId: z.string(),
  personId: z.string(),
  personName: z.string(),
  leaderId: z.string(),
  leaderName: z.string(),
  scheduledAt: z.string(),
});
export type HomeConversation = z.infer<typeof homeConversationSchema>;

/** Someone the viewer leads who is past the viewer's cadence for them, with nothing planned. */
export const homeOverdueSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  rhythm: rhythmSchema,
  /** When the viewer last held a conversation with them; null when never. */
  lastConversationAt: z.string().nullable(),
  /** The day (UTC) the next conversation was due. */
  dueOn: z.string(),
});
export type HomeOverdue = z.infer<typeof homeOverdueSchema>;

/** A vulnerability loop of the viewer's with a signal and no close for more than 14 days. */
export const homeOpenLoopSchema = z.object({
  conversationId: z.string(),
  personId: z.string(),
  personName: z.string(),
  signalAt: z.string(),
});
export type HomeOpenLoop = z.infer<typeof homeOpenLoopSchema>;

/** A leader's request that the viewer record their own answer on a facet, open until they do. */
export const homeAnswerRequestSchema = z.object({
  id: z.string(),
  facetId: z.string(),
  facetKey: z.string(),
  facetTitle: z.string(),
  leaderId: z.string(),
  leaderName: z.string(),
  requestedAt: z.string(),
});
export type HomeAnswerRequest = z.infer<typeof homeAnswerRequestSchema>;

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
  /** People past the viewer's cadence for them (last held conversation + rhythm before today), none planned. */
  overduePeople: z.array(homeOverdueSchema),
  /** The viewer's vulnerability loops with a signal and no close for more than 14 days. */
  openLoops: z.array(homeOpenLoopSchema),
  /** The viewer's planned conversations from now on, soonest first. */
  upcomingConversations: z.array(homeConversationSchema),
  /** Goals of the viewer's teams where the viewer's perceived stance for someone is two rungs or more from theirs. */
  stanceGaps: z.array(stanceGapItemSchema),
  /** Followers of the viewer's goals, named with their consent, whom no leader has thanked yet. */
  unthankedFollowers: z.array(
    z.object({
      goalId: z.string(),
      goalTitle: z.string(),
      personId: z.string(),
      personName: z.string(),
    }),
  ),
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
  /** The viewer's planned conversations with their leaders from now on, soonest first. */
  upcomingConversations: z.array(homeConversationSchema),
  /** What the viewer's leaders asked them to record, until they answer that facet. */
  answerRequests: z.array(homeAnswerRequestSchema),
  /** Open trust pulse rounds of the viewer's teams that the viewer has not answered, closing soonest first. */
  openPulses: z.array(pulseRoundSchema),
  /** Active goals of the viewer's teams on which the viewer has not stated a stance yet. */
  goalsToPlace: z.array(
    z.object({
      goalId: z.string(),
      title: z.string(),
      teamName: z.string(),
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
