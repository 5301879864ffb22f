import { Link } from "react-router";
import type { Person } from "./teams.api";

interface RosterProps {
  title: string;
  people: Person[];
  empty: string;
  /** Where a person's name leads (their page), or undefined to show it as plain text. */
  linkFor?: (person: Person) => string | undefined;
}

/** One group of a team's people (its leaders, or its members) under a heading of its own. */
export function Roster({ title, people, empty, linkFor }: RosterProps) {
  const headingId = `roster-${title.toLowerCase().replace(/\W+/g, "-")}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="count">({people.length})</span>
      </h2>
      {people.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="people" aria-labelledby={headingId}>
          {people.map((person) => (
            <li key={person.id} className="person">
              <span className="avatar" aria-hidden="true">
                {initials(person.name)}
              </span>
              <span className="person__text">
                <PersonName person={person} to={linkFor?.(person)} />
                <span className="person__email">{person.email}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PersonName({ person, to }: { person: Person; to: string | undefined }) {
  if (!to) return <span className="person__name">{person.name}</span>;
  return (
    <Link className="person__name" to={to}>
      {person.name}
    </Link>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return `${first}${last}`.toUpperCase();
}
