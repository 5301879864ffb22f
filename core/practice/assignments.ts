import { lintQuestion } from "../questions/linter";
import { type CommitmentFacts, isKeptOnTime } from "./commitments";
import { type Day, dayIn } from "./days";
import type { PracticeConversation } from "./figures";

/**
 * A coach's practice assignment ("close two vulnerability loops this fortnight"), measured on the
 * leader's own data. What counts is what happened from the day it was set through its due day,
 * both included, each day in the leader's time zone:
 * - `conversations_held`: held conversations, on the day held (or planned for, if no time was kept);
 * - `loops_closed`: vulnerability loops closed, on the day of the close;
 * - `open_questions_asked`: questions asked (covered) in those held conversations that the question
 *   linter finds open;
 * - `commitments_kept`: the leader's own commitments done on or before their due day, on the day
 *   they were done.
 * `manual` has no measure: the leader marks it done. Pure: callers pass the rows and today.
 */
export type AssignmentMeasure =
  | "manual"
  | "conversations_held"
  | "loops_closed"
  | "open_questions_asked"
  | "commitments_kept";

export interface AssignmentFacts {
  measure: AssignmentMeasure;
  setOn: Day;
  dueOn: Day;
  /** How many make it done; null for a manual one. */
  target: number | null;
  /** When the leader marked it done; null when they have not (or took the mark back). */
  markedDoneAt: string | null;
}

export interface LeaderData {
  timeZone: string;
  conversations: readonly PracticeConversation[];
  commitments: readonly CommitmentFacts[];
}

export interface AssignmentProgress {
  /** How many of the measure so far; null for a manual assignment. */
  progress: number | null;
  done: boolean;
  /** Not done, and its due day is over in the leader's time zone. */
  overdue: boolean;
}

const within = (day: Day, a: { setOn: Day; dueOn: Day }) => a.setOn <= day && day <= a.dueOn;

/** How many of the measure fell between the day set and the due day, both included. */
export function measured(
  measure: Exclude<AssignmentMeasure, "manual">,
  window: { setOn: Day; dueOn: Day },
  data: LeaderData,
): number {
  const dayOf = (instant: string) => dayIn(new Date(instant), data.timeZone);
  const held = data.conversations.filter(
    (c) => c.status === "held" && within(dayOf(c.heldAt ?? c.scheduledAt), window),
  );
  switch (measure) {
    case "conversations_held":
      return held.length;
    case "loops_closed":
      return data.conversations.filter(
        (c) => c.loopClosedAt !== null && within(dayOf(c.loopClosedAt), window),
      ).length;
    case "open_questions_asked":
      return held.flatMap((c) => c.questions.filter((q) => q.covered && lintQuestion(q.text).open)).length;
    case "commitments_kept":
      return data.commitments.filter(
        (c) => c.owner === "leader" && isKeptOnTime(c) && c.closedOn !== null && within(c.closedOn, window),
      ).length;
  }
}

/**
 * Where an assignment stands today. A measured one is done once its count reaches the target, or
 * when the leader marked it done (the data may miss what happened off Rapport, so the leader's word
 * counts too); a manual one only by the leader's mark.
 */
export function assignmentProgress(a: AssignmentFacts, data: LeaderData, today: Day): AssignmentProgress {
  const progress = a.measure === "manual" ? null : measured(a.measure, a, data);
  const reached = progress !== null && a.target !== null && progress >= a.target;
  const done = reached || a.markedDoneAt !== null;
  return { progress, done, overdue: !done && a.dueOn < today };
}
