import type { Kysely } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import type { Database } from "../../db/schema";
import { coachingRepository } from "./coaching.repository";

/** The export's coaching section: the user's coachings as leader or coach, their notes and assignments. */
export async function coachingExportOf(db: Kysely<Database>, auth: AuthContext): Promise<Export["coaching"]> {
  const { coachings, notes, assignments } = await coachingRepository.exportOf(
    db,
    auth.workspaceId,
    auth.userId,
  );
  return {
    coachings: coachings.map((c) => ({
      id: c.id,
      as: c.leader_id === auth.userId ? ("leader" as const) : ("coach" as const),
      leader: { id: c.leader_id, name: c.leader_name },
      coach:
        c.coach_id !== null && c.accepted_at !== null ? { id: c.coach_id, name: c.coach_name ?? "" } : null,
      email: c.email,
      grants: [...c.grants],
      invitedAt: c.created_at,
      acceptedAt: c.accepted_at,
      endedAt: c.ended_at,
    })),
    notes: notes.map((n) => ({ id: n.id, coachingId: n.coaching_id, body: n.body, createdAt: n.created_at })),
    assignments: assignments.map((a) => ({
      id: a.id,
      coachingId: a.coaching_id,
      title: a.title,
      setOn: a.set_on,
      dueOn: a.due_on,
      measure: a.measure,
      target: a.target,
      doneAt: a.done_at,
    })),
  };
}
