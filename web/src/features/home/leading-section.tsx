import { Link } from "react-router";
import { formatDate } from "../../lib/format";
import { StanceGapLines } from "../audit/stance-gaps";
import { OpenLoops, OverduePeople, UpcomingConversations } from "./conversation-groups";
import type { HomeCell, HomeInvitation, HomeLeading } from "./home.api";
import { OverdueCommitments } from "./overdue-commitments";

/** Cells grouped by person, in the order the people first appear. */
function byPerson(cells: HomeCell[]): { personId: string; personName: string; cells: HomeCell[] }[] {
  const groups = new Map<string, { personId: string; personName: string; cells: HomeCell[] }>();
  for (const cell of cells) {
    const group = groups.get(cell.personId) ?? {
      personId: cell.personId,
      personName: cell.personName,
      cells: [],
    };
    group.cells.push(cell);
    groups.set(cell.personId, group);
  }
  return [...groups.values()];
}

/** One kind of item: a heading, a sentence on what it means, and per person links to act on. */
function CellGroup({
  id,
  title,
  why,
  cells,
  plan = false,
}: {
  id: string;
  title: string;
  why: string;
  cells: HomeCell[];
  /** Offer, per person, to plan a conversation that starts from their first facet here. */
  plan?: boolean;
}) {
  if (cells.length === 0) return null;
  return (
    <section className="home-group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {title} <span className="badge badge--quiet">{cells.length}</span>
      </h3>
      <p className="fine-print">{why}</p>
      <ul className="home-list">
        {byPerson(cells).map((group) => (
          <li key={group.personId}>
            <span className="home-list__name" dir="auto">
              {group.personName}:
            </span>{" "}
            {group.cells.map((cell, index) => (
              <span key={cell.facetId}>
                {index > 0 ? ", " : null}
                <Link to={`/people/${cell.personId}#facet-${cell.facetKey}`}>{cell.facetTitle}</Link>
              </span>
            ))}
            {plan && group.cells[0] ? (
              <>
                {" "}
                <Link
                  className="home-list__plan"
                  to={`/people/${group.personId}/conversations/new?facet=${encodeURIComponent(group.cells[0].facetId)}`}
                >
                  Plan a conversation
                  <span className="visually-hidden" dir="auto">
                    {" "}
                    with {group.personName}
                  </span>
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function InvitationItem({ invitation }: { invitation: HomeInvitation }) {
  const role = invitation.role === "leader" ? "as a leader" : "as a member";
  return (
    <li>
      <span className="home-list__name">{invitation.email}</span>, {role} of{" "}
      <Link to={`/teams/${invitation.teamId}`} dir="auto">
        {invitation.teamName}
      </Link>
      :{" "}
      {invitation.status === "pending"
        ? `not accepted yet; the link works until ${formatDate(invitation.expiresAt)}.`
        : `the link expired on ${formatDate(invitation.expiresAt)}. Renew it on the team page for a fresh one.`}
    </li>
  );
}

/** What needs a leader now, from their own knowledge of the people they lead. */
export function LeadingSection({ leading, viewerId }: { leading: HomeLeading; viewerId: string }) {
  const nothing =
    leading.sealed.length +
      leading.upcomingConversations.length +
      leading.overduePeople.length +
      leading.openLoops.length +
      leading.overdueCommitments.length +
      leading.blindSpots.length +
      leading.stanceGaps.length +
      leading.unthankedFollowers.length +
      leading.stale.length +
      leading.notAnswered.length +
      leading.invitations.length ===
    0;
  return (
    <section className="panel" aria-labelledby="leading-heading">
      <h2 id="leading-heading">The people you lead</h2>
      {nothing ? <p className="empty">Nothing is waiting for you right now.</p> : null}
      <UpcomingConversations items={leading.upcomingConversations} withLeader={false} />
      <OverduePeople items={leading.overduePeople} />
      <OpenLoops items={leading.openLoops} />
      <OverdueCommitments items={leading.overdueCommitments} viewerId={viewerId} />
      <CellGroup
        id="sealed"
        title="Answers waiting for your guess"
        why="They have answered. Write down what you think first, then look at their answer: that is how you find out what you really knew."
        cells={leading.sealed}
      />
      <CellGroup
        id="blind-spots"
        title="Blind spots"
        why="What you believed, and their answer said otherwise. Worth talking about with them."
        cells={leading.blindSpots}
        plan
      />
      {leading.stanceGaps.length > 0 ? (
        <section className="home-group" aria-labelledby="stance-gaps-heading">
          <h3 id="stance-gaps-heading">
            Where they stand on a goal <span className="badge badge--quiet">{leading.stanceGaps.length}</span>
          </h3>
          <p className="fine-print">
            You see them two rungs or more from where they say they stand. Ask how the goal looks from where
            they are.
          </p>
          <StanceGapLines gaps={leading.stanceGaps} />
        </section>
      ) : null}
      {leading.unthankedFollowers.length > 0 ? (
        <section className="home-group" aria-labelledby="unthanked-heading">
          <h3 id="unthanked-heading">
            First followers to thank{" "}
            <span className="badge badge--quiet">{leading.unthankedFollowers.length}</span>
          </h3>
          <p className="fine-print">
            They were among the first to join a goal of yours. Thank them where the team can see it: the
            people who join next follow the followers.
          </p>
          <ul className="home-list">
            {leading.unthankedFollowers.map((follower) => (
              <li key={`${follower.goalId}-${follower.personId}`}>
                <span className="home-list__name" dir="auto">
                  {follower.personName}
                </span>
                :{" "}
                <Link to={`/goals/${follower.goalId}`} dir="auto">
                  {follower.goalTitle}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CellGroup
        id="stale"
        title="Worth asking again"
        why={`What you learned more than ${leading.freshnessDays} days ago. People change; check it is still true.`}
        cells={leading.stale}
        plan
      />
      {leading.notAnswered.length > 0 ? (
        <section className="home-group" aria-labelledby="not-answered-heading">
          <h3 id="not-answered-heading">
            Nothing shared with you yet{" "}
            <span className="badge badge--quiet">{leading.notAnswered.length}</span>
          </h3>
          <p className="fine-print">
            They have not shared any answer with you. You can still write down what you believe about them.
          </p>
          <ul className="home-list">
            {leading.notAnswered.map((person) => (
              <li key={person.personId}>
                <Link to={`/people/${person.personId}`} dir="auto">
                  {person.personName}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {leading.invitations.length > 0 ? (
        <section className="home-group" aria-labelledby="invitations-heading">
          <h3 id="invitations-heading">
            Invitations <span className="badge badge--quiet">{leading.invitations.length}</span>
          </h3>
          <ul className="home-list">
            {leading.invitations.map((invitation) => (
              <InvitationItem key={invitation.id} invitation={invitation} />
            ))}
          </ul>
        </section>
      ) : null}
      <p className="fine-print">
        The whole picture is in <Link to="/me/audit">My audit</Link>.
      </p>
    </section>
  );
}
