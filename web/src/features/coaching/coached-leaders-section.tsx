import { Link } from "react-router";
import type { CoachedLeader } from "./coaching.api";

/**
 * On a coach's home: the leaders they coach, each with their open assignments, linking to the
 * figures each shares. Shows nothing while the person coaches nobody.
 */
export function CoachedLeadersSection({ leaders: list }: { leaders: readonly CoachedLeader[] }) {
  if (list.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="coached-leaders-heading">
      <h2 id="coached-leaders-heading">Leaders you coach</h2>
      <ul className="home-list">
        {list.map((leader) => (
          <li key={leader.id}>
            <Link to={`/coaching/leaders/${leader.id}`} dir="auto">
              {leader.name}
            </Link>
            {" · "}
            {leader.openAssignments === 1
              ? "1 open assignment"
              : `${leader.openAssignments} open assignments`}
          </li>
        ))}
      </ul>
      <p className="fine-print link-line">
        <Link to="/coaching">See every leader's shared figures and their trend</Link>
      </p>
    </section>
  );
}
