import { AssignmentList, NoteList } from "./assignment-list";
import { useMyCoaching } from "./coaching.hooks";

const LATEST_NOTES = 3;

/**
 * On a leader's home: the practice assignments their coaches set them and the latest notes. Shows
 * nothing at all while nobody coaches them (or while it loads).
 */
export function MyCoachingSection() {
  const coaching = useMyCoaching();
  if (!coaching.isSuccess) return null;
  const { assignments, notes } = coaching.data;
  if (assignments.length === 0 && notes.length === 0) return null;
  const open = assignments.filter((assignment) => !assignment.done);
  return (
    <section className="panel" aria-labelledby="my-coaching-heading">
      <h2 id="my-coaching-heading">From your coach</h2>
      {assignments.length > 0 ? (
        <section className="home-group" aria-labelledby="assignments-heading">
          <h3 id="assignments-heading">
            Practice assignments <span className="badge badge--quiet">{open.length} open</span>
          </h3>
          <p className="fine-print">
            What your coach set you to practise. A measured one moves as you record your conversations; mark
            the others done yourself.
          </p>
          <AssignmentList assignments={assignments} markable showCoach />
        </section>
      ) : null}
      {notes.length > 0 ? (
        <section className="home-group" aria-labelledby="coach-notes-heading">
          <h3 id="coach-notes-heading">Latest notes</h3>
          <p className="fine-print">Between you and your coach: nobody else sees them.</p>
          <NoteList notes={notes.slice(0, LATEST_NOTES)} showCoach />
        </section>
      ) : null}
    </section>
  );
}
