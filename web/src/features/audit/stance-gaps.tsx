import { Link } from "react-router";
import type { StanceGapItem } from "./audit.api";

/** The goal a gap is about, as a link's words: "stance on “Ship on Fridays”". */
function StanceOn({ gap }: { gap: StanceGapItem }) {
  return (
    <>
      stance on “<bdi>{gap.goalTitle}</bdi>”
    </>
  );
}

/** What the two stances are, in words. */
const apart = (gap: StanceGapItem) =>
  `You see them as ${gap.perceived}; they say ${gap.stated}: ${gap.distance} rungs apart on the ladder.`;

const planLink = (gap: StanceGapItem) => `/people/${gap.personId}/conversations/new`;

/**
 * Goal stances the viewer perceives two rungs or more from what the person states (and the viewer
 * has looked at), as the audit's blind spots list them beside the facets': each a link to the goal.
 */
export function StanceGapCells({ gaps }: { gaps: StanceGapItem[] }) {
  if (gaps.length === 0) return null;
  return (
    <ul className="cell-list" aria-label="Blind spots on goals">
      {gaps.map((gap) => (
        <li key={`${gap.goalId}-${gap.personId}`}>
          <Link to={`/goals/${gap.goalId}`}>
            <span className="cell-list__person" dir="auto">
              {gap.personName}
            </span>
            <span className="cell-list__facet">
              <StanceOn gap={gap} />
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The same gaps as next conversations: who, which goal, the two stances, and the way to plan it. */
export function StanceGapConversations({ gaps }: { gaps: StanceGapItem[] }) {
  if (gaps.length === 0) return null;
  return (
    <ol className="next-list" aria-label="Stances on goals worth a conversation">
      {gaps.map((gap) => (
        <li key={`${gap.goalId}-${gap.personId}`} className="next">
          <div className="next__head">
            <h4 className="next__title">
              <Link to={`/goals/${gap.goalId}`}>
                <span dir="auto">{gap.personName}</span>
                <span className="next__facet">
                  <StanceOn gap={gap} />
                </span>
              </Link>
            </h4>
          </div>
          <p className="next__reason">{apart(gap)} Ask how the goal looks from where they are.</p>
          <p className="next__plan">
            <Link to={planLink(gap)}>
              Plan this conversation
              <span className="visually-hidden" dir="auto">
                {" "}
                with {gap.personName}
              </span>
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}

/** The same gaps on a leader's home: one line each, with the way to plan a conversation. */
export function StanceGapLines({ gaps }: { gaps: StanceGapItem[] }) {
  return (
    <ul className="home-list">
      {gaps.map((gap) => (
        <li key={`${gap.goalId}-${gap.personId}`}>
          <span className="home-list__name" dir="auto">
            {gap.personName}:
          </span>{" "}
          <Link to={`/goals/${gap.goalId}`}>
            <StanceOn gap={gap} />
          </Link>
          . {apart(gap)}{" "}
          <Link className="home-list__plan" to={planLink(gap)}>
            Plan a conversation
            <span className="visually-hidden" dir="auto">
              {" "}
              with {gap.personName}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
