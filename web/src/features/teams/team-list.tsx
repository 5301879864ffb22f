import { Link } from "react-router";
import { plural, roleLabel } from "../../lib/format";
import type { TeamSummary } from "./teams.api";

export function TeamList({ teams }: { teams: TeamSummary[] }) {
  if (teams.length === 0) {
    return <p className="empty">No teams yet. A team is where you get to know the people you lead.</p>;
  }
  return (
    <ul className="card-list" aria-label="Teams">
      {teams.map((team) => (
        <li key={team.id} className="card card--link">
          <h3 className="card__title">
            <Link to={`/teams/${team.id}`} dir="auto">
              {team.name}
            </Link>
          </h3>
          <p className="card__meta">
            <span className="badge">{roleLabel(team.myRole)}</span>
            <span>{plural(team.memberCount, "person", "people")}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
