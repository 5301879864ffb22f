import { useRef, useState } from "react";
import { Link } from "react-router";
import { StatusMessage } from "../../components/messages";
import type { TeamRole } from "../session/session.api";
import { type Management, MemberActions } from "./member-actions";
import type { Person } from "./teams.api";

interface RosterProps {
  title: string;
  /** The role everyone listed here has on the team. */
  teamRole: TeamRole;
  people: Person[];
  empty: string;
  /** Where a person's name leads (their page), or undefined to show it as plain text. */
  linkFor?: (person: Person) => string | undefined;
  /** For those who manage the team: each person's role and place on it can be changed. */
  manage?: Management | undefined;
}

/** One group of a team's people (its leaders, or its members) under a heading of its own. */
export function Roster({ title, teamRole, people, empty, linkFor, manage }: RosterProps) {
  const headingId = `roster-${title.toLowerCase().replace(/\W+/g, "-")}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const done = (message: string) => {
    setStatus(message);
    // The person's row (and the button just used) has left this list: keep the keyboard here,
    // unless the person has already moved on to something else (the change can settle late).
    const focused = document.activeElement;
    if (!focused || focused === document.body) headingRef.current?.focus();
  };
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {title} <span className="count">({people.length})</span>
      </h2>
      {manage ? <StatusMessage>{status}</StatusMessage> : null}
      {people.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <ul className="people" aria-labelledby={headingId}>
          {people.map((person) => (
            <li key={person.id} className={manage ? "person person--with-actions" : "person"}>
              <span className="avatar" aria-hidden="true" dir="auto">
                {initials(person.name)}
              </span>
              <span className="person__text">
                <PersonName person={person} to={linkFor?.(person)} />
                <span className="person__email">{person.email}</span>
              </span>
              {manage ? (
                <MemberActions person={person} role={teamRole} manage={manage} onDone={done} />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PersonName({ person, to }: { person: Person; to: string | undefined }) {
  if (!to)
    return (
      <span className="person__name" dir="auto">
        {person.name}
      </span>
    );
  return (
    <Link className="person__name" to={to} dir="auto">
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
