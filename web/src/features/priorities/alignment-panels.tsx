import { Link } from "react-router";
import type { Alignment, AlignmentItem } from "./priorities.api";
import { coefficientText, spreadWords } from "./priority-words";

/** The ratings of one item the viewer may see, person by person, their own as "You". */
function RatingsSeen({ item, viewerId }: { item: AlignmentItem; viewerId: string }) {
  const seen = item.ratings;
  if (seen.length === 0) return null;
  return (
    <p className="fine-print">
      {seen.map((rating, index) => (
        <span key={rating.person.id}>
          {index > 0 ? "; " : ""}
          {rating.person.id === viewerId ? "You" : <span dir="auto">{rating.person.name}</span>}: value{" "}
          {rating.value}, effort {rating.effort}
        </span>
      ))}
      .
    </p>
  );
}

/**
 * The items whose ratings disagree most, most first: where people see the same work differently,
 * a conversation is worth more than the mean.
 */
export function WorthAConversation({ alignment, viewerId }: { alignment: Alignment; viewerId: string }) {
  const byId = new Map(alignment.items.map((item) => [item.id, item]));
  const items = alignment.worthAConversation.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  const withheld = alignment.items.filter((item) => item.withheld !== null).length;
  return (
    <section className="panel" aria-labelledby="worth-a-conversation-heading">
      <h2 id="worth-a-conversation-heading">Worth a conversation</h2>
      <p className="fine-print">
        The items whose ratings are furthest apart: rated by two people or more, with ratings of value or of
        effort a point or more from their mean on average.
      </p>
      {items.length === 0 ? (
        <p>
          {withheld > 0
            ? "None among the items whose figures you can see."
            : "No item's ratings are that far apart."}
        </p>
      ) : (
        <ol className="priorities-talk">
          {items.map((item) => (
            <li key={item.id}>
              <h3 dir="auto">{item.title}</h3>
              {item.spread ? <p>{spreadWords(item.spread)}</p> : null}
              <RatingsSeen item={item} viewerId={viewerId} />
            </li>
          ))}
        </ol>
      )}
      {withheld > 0 ? (
        <p className="fine-print">
          {withheld === 1 ? "One item's figures are" : `${withheld} items' figures are`} withheld from you, so
          they are left out here.
        </p>
      ) : null}
    </section>
  );
}

/** The team's agreement among itself (Kendall's W), or why it is withheld. */
function TeamAgreement({ team }: { team: Alignment["team"] }) {
  if ("withheld" in team) {
    return (
      <>
        <p className="priorities-figure">Withheld</p>
        <p>{team.withheld.message}</p>
      </>
    );
  }
  return (
    <>
      <p className="priorities-figure">{team.words}</p>
      <p className="fine-print">
        {team.w === null
          ? `It needs two members or more who have rated every item, and some difference between the items; ${
              team.raters === 1 ? "one member has" : `${team.raters} members have`
            } rated them all.`
          : `Kendall's W = ${coefficientText(team.w)}, from the ${team.raters} members who rated every item: 0 is no agreement on the order of value, 1 is everyone ranking the items alike.`}
      </p>
    </>
  );
}

/** Each member's ranking of value against the leader's (Kendall's tau), for the leader. */
function MembersAgainstLeader({ members }: { members: NonNullable<Alignment["members"]> }) {
  if (members.length === 0) {
    return <p>No member has shared ratings with you yet.</p>;
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap" tabIndex={0} aria-labelledby="members-tau-caption">
      <table className="table table--compact">
        <caption id="members-tau-caption" className="visually-hidden">
          Each member's ranking of value against yours
        </caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Against your ranking</th>
            <th scope="col" className="priorities-ranking__number">
              Tau
            </th>
            <th scope="col" className="priorities-ranking__number table__optional">
              Items
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.person.id}>
              <th scope="row">
                <Link to={`/people/${member.person.id}`} dir="auto">
                  {member.person.name}
                </Link>
              </th>
              <td>{member.words}</td>
              <td className="priorities-ranking__number">
                {member.tau === null ? "–" : coefficientText(member.tau)}
              </td>
              <td className="priorities-ranking__number table__optional">{member.items}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * How far people agree on what is most valuable: the team among itself (Kendall's W over the
 * members' ratings of value), and each member against the leader (Kendall's tau), in words first
 * and the figure after. A leader sees every member whose ratings they may see; a member, their own.
 */
export function AlignmentPanel({ alignment }: { alignment: Alignment }) {
  return (
    <section className="panel" aria-labelledby="alignment-heading">
      <h2 id="alignment-heading">How far you agree</h2>
      <h3>The team, among itself</h3>
      <TeamAgreement team={alignment.team} />
      {alignment.viewer === "leader" && alignment.members ? (
        <>
          <h3>Each member, against your ranking</h3>
          <MembersAgainstLeader members={alignment.members} />
        </>
      ) : null}
      {alignment.viewer === "member" && alignment.me ? (
        <>
          <h3>
            You, against{" "}
            {alignment.me.leader ? <span dir="auto">{alignment.me.leader.name}</span> : "your leader"}'s
            ranking
          </h3>
          <p className="priorities-figure">{alignment.me.words}</p>
          {alignment.me.tau === null ? null : (
            <p className="fine-print">
              Kendall's tau = {coefficientText(alignment.me.tau)}: 1 is the same order of value, 0 no
              relation, −1 the opposite order.
            </p>
          )}
        </>
      ) : null}
      <p className="fine-print">Both figures compare the order of value only; effort is left out.</p>
    </section>
  );
}
