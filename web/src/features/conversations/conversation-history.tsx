import type { ReactNode } from "react";
import { Link } from "react-router";
import { StatusBadge, whenText } from "./conversation-heading";
import type { ConversationSummary } from "./conversations.api";

/** Conversations, newest first, each linking to its page; `withWhom` names the other side of each. */
export function ConversationHistory({
  conversations,
  withWhom,
  empty,
}: {
  conversations: ConversationSummary[];
  withWhom: (conversation: ConversationSummary) => string | null;
  empty: ReactNode;
}) {
  if (conversations.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="conversation-list">
      {conversations.map((conversation) => {
        const name = withWhom(conversation);
        return (
          <li key={conversation.id} className="conversation-list__item">
            <Link to={`/conversations/${conversation.id}`}>{whenText(conversation)}</Link>{" "}
            <StatusBadge status={conversation.status} />
            {name ? (
              <span className="fine-print">
                {" "}
                with <span dir="auto">{name}</span>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
