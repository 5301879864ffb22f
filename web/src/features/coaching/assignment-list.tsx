import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDateTime } from "../../lib/format";
import { ShareBar } from "../charts/share-bar";
import { formatDay } from "../conversations/schedule";
import type { Assignment, CoachNote } from "./coaching.api";
import { useMarkAssignment } from "./coaching.hooks";
import { MEASURE_WORDS } from "./coaching-words";

/** "1 of 2 conversations held": a measured assignment's progress in words. */
export function progressWords(assignment: Assignment): string | null {
  if (assignment.measure === "manual" || assignment.target === null) return null;
  return `${assignment.progress ?? 0} of ${assignment.target} ${MEASURE_WORDS[assignment.measure].counted}`;
}

/**
 * Practice assignments: title, due day, a progress bar for a measured one ("1 of 2") and, where
 * `markable` (the leader's own, set to be marked by hand), a button to mark it done or not.
 */
export function AssignmentList({
  assignments,
  markable = false,
  showCoach = false,
}: {
  assignments: readonly Assignment[];
  markable?: boolean;
  showCoach?: boolean;
}) {
  const mark = useMarkAssignment();
  return (
    <>
      <ul className="assignments">
        {assignments.map((assignment) => {
          const progress = progressWords(assignment);
          return (
            <li key={assignment.id} className="assignment" data-done={assignment.done}>
              <p className="assignment__title" dir="auto">
                {assignment.title}
              </p>
              <p className="assignment__meta">
                <span>
                  Due {formatDay(assignment.dueOn)}
                  {showCoach ? (
                    <>
                      {" "}
                      · set by <span dir="auto">{assignment.coachName}</span>
                    </>
                  ) : null}
                </span>
                {assignment.done ? <span className="badge">Done</span> : null}
                {assignment.overdue ? <span className="badge badge--warning">Overdue</span> : null}
              </p>
              {progress !== null && assignment.target !== null ? (
                <div className="assignment__progress">
                  <ShareBar
                    value={(assignment.progress ?? 0) / assignment.target}
                    label={`Progress: ${progress}`}
                    tone={assignment.overdue ? "alert" : "accent"}
                    decorative
                  />
                  <span>{progress}</span>
                </div>
              ) : null}
              {assignment.measure === "manual" && markable ? (
                <Button
                  variant={assignment.done ? "quiet" : "secondary"}
                  pending={mark.isPending && mark.variables?.assignmentId === assignment.id}
                  pendingLabel="Saving…"
                  aria-label={`${assignment.done ? "Mark not done" : "Mark done"}: ${assignment.title}`}
                  onClick={() => mark.mutate({ assignmentId: assignment.id, done: !assignment.done })}
                >
                  {assignment.done ? "Mark not done" : "Mark done"}
                </Button>
              ) : null}
              {assignment.measure === "manual" && !markable ? (
                <p className="fine-print">The leader marks this one done.</p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <ErrorMessage>{mark.isError ? errorMessage(mark.error) : null}</ErrorMessage>
    </>
  );
}

/** A coach's notes, newest first as the server gives them. */
export function NoteList({ notes, showCoach = false }: { notes: readonly CoachNote[]; showCoach?: boolean }) {
  return (
    <ul className="coach-notes">
      {notes.map((note) => (
        <li key={note.id} className="coach-note">
          <p className="coach-note__body" dir="auto">
            {note.body}
          </p>
          <p className="fine-print">
            {showCoach ? (
              <>
                <span dir="auto">{note.coachName}</span>,{" "}
              </>
            ) : null}
            {formatDateTime(note.createdAt)}
          </p>
        </li>
      ))}
    </ul>
  );
}
