import type { CoachGrant } from "#contracts/coaching";
import type { CoachStanding } from "../../access/relations";

/**
 * Who may do what in coaching. Deny by default.
 * - A leader's coachings (invite, list, change the grants, end) are that leader's alone; to anyone
 *   else a coaching named by its id does not exist (404). Only someone who leads a team now may
 *   invite a coach (403 otherwise), and never themselves.
 * - A coach reaches a leader only through an active coaching (`relations.coach`); to anyone else,
 *   the leader's coaching page does not exist (404), admins included.
 * - A coach sees a figure only while its grant is on: the leader's detail gives null for each
 *   figure not granted; a request that needs a figure not granted (a measured assignment needs the
 *   practice grant, since its progress is practice data) is 403.
 * - The notes and assignments a coach writes are the coach's and the leader's alone: the leader
 *   reads them on `GET /me/coaching` and marks assignments done.
 */
export const coachingPolicy = {
  canInviteCoach: (leadsATeam: boolean): boolean => leadsATeam,

  /** Whether the coach's standing lets them see a figure. */
  sees: (standing: CoachStanding, grant: CoachGrant): boolean => standing.grants.includes(grant),

  /** Whether the viewer may set a measured assignment (its progress is the leader's practice). */
  canMeasure: (standing: CoachStanding): boolean => standing.grants.includes("practice"),

  /**
   * Whether an account may take up a coaching: one of the leader's workspace, and not the leader.
   * `other_workspace` and `self` are refused (409) before the link's usual rules.
   */
  coachFor(
    coaching: { workspace_id: string; leader_id: string },
    account: { id: string; workspace_id: string } | undefined,
  ): "ok" | "other_workspace" | "self" {
    if (account && account.workspace_id !== coaching.workspace_id) return "other_workspace";
    if (account && account.id === coaching.leader_id) return "self";
    return "ok";
  },
};
