import { Link } from "react-router";
import type { Commitment } from "../commitments/commitments.api";
import { formatDay } from "../conversations/schedule";
import { HomeGroup } from "./home-group";

/** Open commitments past their due day, either side's, from the reader's side. */
export function OverdueCommitments({ items, viewerId }: { items: Commitment[]; viewerId: string }) {
  return (
    <HomeGroup
      id="overdue-commitments"
      title="Overdue commitments"
      why="Promised, due, and not marked done or dropped."
      count={items.length}
    >
      {items.map((item) => {
        const ownerId = item.owner === "leader" ? item.leader.id : item.person.id;
        const ownerName = item.owner === "leader" ? item.leader.name : item.person.name;
        const other = item.leader.id === viewerId ? item.person : item.leader;
        return (
          <li key={item.id}>
            <span className="home-list__name">
              {ownerId === viewerId ? "You" : <span dir="auto">{ownerName}</span>}
            </span>{" "}
            promised <span dir="auto">{item.text}</span>, due {formatDay(item.dueOn)}.{" "}
            {item.conversationId ? (
              <Link to={`/conversations/${item.conversationId}`}>
                Open the conversation
                <span className="visually-hidden" dir="auto">
                  {" "}
                  with {other.name}
                </span>
              </Link>
            ) : item.leader.id === viewerId ? (
              <Link to={`/people/${item.person.id}#conversations`}>
                Open <span dir="auto">{item.person.name}</span>'s page
              </Link>
            ) : null}
          </li>
        );
      })}
    </HomeGroup>
  );
}
