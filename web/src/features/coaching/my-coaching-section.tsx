import { AssignmentList, NoteList } from "./assignment-list";
import type { MyCoaching } from "./coaching.api";

const LATEST_NOTES = 3;

/**
 * On a leader's home: the practice assignments their coaches set them and the latest notes. Shows
 * nothing at all while nobody coaches them. The home asks for it (`useMyCoaching`) beside its own
 * figures and shows the sections together, so none arrives late and pushes the others down.
 */
export function MyCoachingSection({ coaching }: { coaching: MyCoaching }) {
  const { assignments, notes } = coaching;
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
