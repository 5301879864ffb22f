import { Link } from "react-router";
import { formatDate, formatDateTime } from "../../lib/format";
import { RHYTHM_TEXT } from "../conversations/cadence-select";
import { formatDay } from "../conversations/schedule";
import type { HomeAnswerRequest, HomeConversation, HomeOpenLoop, HomeOverdue } from "./home.api";
import { HomeGroup } from "./home-group";

/** Planned conversations, soonest first; `withLeader` names the leader (the member's home) or the person. */
export function UpcomingConversations({
  items,
  withLeader,
}: {
  items: HomeConversation[];
  withLeader: boolean;
}) {
  return (
    <HomeGroup
      id={withLeader ? "my-upcoming" : "upcoming"}
      title="Upcoming conversations"
      count={items.length}
    >
      {items.map((item) => (
        <li key={item.conversationId}>
          <Link to={`/conversations/${item.conversationId}`}>{formatDateTime(item.scheduledAt)}</Link> with{" "}
          <span className="home-list__name" dir="auto">
            {withLeader ? item.leaderName : item.personName}
          </span>
          {withLeader ? ": add your talking points." : null}
        </li>
      ))}
    </HomeGroup>
  );
}

export function OverduePeople({ items }: { items: HomeOverdue[] }) {
  return (
    <HomeGroup
      id="overdue-people"
      title="Due for a conversation"
      why="The rhythm you set for them has passed and nothing is planned."
      count={items.length}
    >
      {items.map((item) => (
        <li key={item.personId}>
          <span className="home-list__name" dir="auto">
            {item.personName}:
          </span>{" "}
          {RHYTHM_TEXT[item.rhythm].toLowerCase()},{" "}
          {item.lastConversationAt
            ? `last conversation on ${formatDate(item.lastConversationAt)}`
            : "no conversation held yet"}
          , due {formatDay(item.dueOn)}.{" "}
          <Link to={`/people/${item.personId}/conversations/new`}>
            Plan a conversation
            <span className="visually-hidden" dir="auto">
              {" "}
              with {item.personName}
            </span>
          </Link>
        </li>
      ))}
    </HomeGroup>
  );
}

export function OpenLoops({ items }: { items: HomeOpenLoop[] }) {
  return (
    <HomeGroup
      id="open-loops"
      title="Open vulnerability loops"
      why="You shared something first more than two weeks ago and have not recorded a close. Did they answer in kind, and did you notice?"
      count={items.length}
    >
      {items.map((item) => (
        <li key={item.conversationId}>
          <span className="home-list__name" dir="auto">
            {item.personName}:
          </span>{" "}
          <Link to={`/conversations/${item.conversationId}`}>you shared on {formatDate(item.signalAt)}</Link>
        </li>
      ))}
    </HomeGroup>
  );
}

/** What the member's leaders asked them to write down themselves. */
export function AnswerRequests({ items }: { items: HomeAnswerRequest[] }) {
  return (
    <HomeGroup
      id="answer-requests"
      title="Asked of you"
      why="Your leader asked you to write these down in your own words. You still choose who sees each answer."
      count={items.length}
    >
      {items.map((item) => (
        <li key={item.id}>
          <Link to={`/me/answers#answer-${item.facetKey}`}>{item.facetTitle}</Link>, asked by{" "}
          <span dir="auto">{item.leaderName}</span> on {formatDate(item.requestedAt)}
        </li>
      ))}
    </HomeGroup>
  );
}
