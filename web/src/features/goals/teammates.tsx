import { formatDate } from "../../lib/format";
import type { Goal } from "./goals.api";
import { stanceLabel } from "./stance-words";

/** What teammates shared with the team about this goal (a stance shared with the leaders only is not here). */
export function Teammates({ goal }: { goal: Goal }) {
  const teammates = goal.teammates ?? [];
  if (teammates.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="teammates-heading">
      <h2 id="teammates-heading">Where your teammates stand</h2>
      <p className="fine-print">The stances your teammates share with the team.</p>
      <ul className="goal-teammates">
        {teammates.map((row) => (
          <li key={row.person.id}>
            <span dir="auto">{row.person.name}</span>: {stanceLabel(row.stance)}{" "}
            <span className="fine-print">({formatDate(row.statedAt)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
