import { Link } from "react-router";
import { StateBadge } from "../knowledge/state-badge";
import type { NextConversation } from "./audit.api";

/** The (person, facet) pairs most worth a conversation, in order, each with open questions to start from. */
export function NextConversations({ items }: { items: NextConversation[] }) {
  if (items.length === 0) {
    return <p className="empty">Nothing stands out: everything you hold is verified or learned.</p>;
  }
  return (
    <ol className="next-list">
      {items.map((item) => (
        <li key={`${item.personId}-${item.facetId}`} className="next">
          <div className="next__head">
            <h3 className="next__title">
              <Link to={`/people/${item.personId}#facet-${item.facetKey}`}>
                <span dir="auto">{item.personName}</span>
                <span className="next__facet">{item.facetTitle}</span>
              </Link>
            </h3>
            <StateBadge state={item.state} />
          </div>
          <p className="next__reason">{item.reason}</p>
          {item.questions.length > 0 ? (
            <>
              <p className="next__questions-label">Questions to open with</p>
              <ul className="next__questions">
                {item.questions.map((question) => (
                  <li key={question.id} dir="auto">
                    {question.text}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <p className="next__plan">
            <Link to={`/people/${item.personId}/conversations/new?facet=${encodeURIComponent(item.facetId)}`}>
              Plan this conversation
              <span className="visually-hidden" dir="auto">
                {" "}
                with {item.personName} about {item.facetTitle}
              </span>
            </Link>
          </p>
        </li>
      ))}
    </ol>
  );
}
