import type { Assignment, Coach, CoachNote } from "#contracts/coaching";
import { type AssignmentMeasure, assignmentProgress, type LeaderData } from "#core/practice/assignments";
import type { Day } from "#core/practice/days";
import { openState } from "../invitations";
import type { AssignmentRow, CoachingRow, NoteRow } from "./coaching.repository";

/** A coaching as its leader lists it: pending or expired until accepted, then active. */
export const presentCoach = (row: CoachingRow, now: string): Coach => ({
  id: row.id,
  email: row.email,
  name: row.accepted_at === null ? null : row.coach_name,
  status: row.accepted_at === null ? openState(row, now) : "active",
  grants: row.grants,
  invitedAt: row.created_at,
  acceptedAt: row.accepted_at,
  expiresAt: row.expires_at,
});

/** `coachId` is the coaching's id, as the leader's list of coaches names it. */
export const presentNote = (row: NoteRow): CoachNote => ({
  id: row.id,
  body: row.body,
  coachId: row.coaching_id,
  coachName: row.coach_name,
  createdAt: row.created_at,
});

/**
 * An assignment with its progress today. `data` is the leader's practice data, or null when the
 * reader may not see it (a coach whose practice grant is off): a measured assignment then shows no
 * progress and is done only by the leader's mark.
 */
export function presentAssignment(row: AssignmentRow, data: LeaderData | null, today: Day): Assignment {
  const facts = {
    measure: row.measure as AssignmentMeasure,
    setOn: row.set_on,
    dueOn: row.due_on,
    target: row.target,
    markedDoneAt: row.done_at,
  };
  const { progress, done, overdue } = data
    ? assignmentProgress(facts, data, today)
    : assignmentProgress(
        { ...facts, measure: "manual" },
        { timeZone: "UTC", conversations: [], commitments: [] },
        today,
      );
  return {
    id: row.id,
    title: row.title,
    coachId: row.coaching_id,
    coachName: row.coach_name,
    setOn: row.set_on,
    dueOn: row.due_on,
    measure: row.measure,
    target: row.target,
    progress,
    done,
    overdue,
  };
}
