import { Link } from "react-router";
import { Panel } from "../../components/panel";
import { formatDate } from "../../lib/format";
import { CommitmentsSection } from "../commitments/commitments-section";
import type { MemberConversation } from "./conversations.api";
import { TalkingPointForm } from "./talking-point-form";

/**
 * A conversation as the person their leader had it with sees it: the agenda with their own talking
 * points (and a form to add one while it is planned), the shared notes, requests to record an answer,
 * and commitments both ways. The server sends nothing of the leader's private parts.
 */
export function MemberConversationView({ conversation }: { conversation: MemberConversation }) {
  const leaderName = conversation.leader.name;
  const requests = conversation.answerRequests.filter((request) => request.open);
  return (
    <>
      <Panel heading="Agenda">
        {conversation.agenda.length === 0 ? (
          <p className="empty">Nothing is on the agenda yet.</p>
        ) : (
          <ol className="agenda">
            {conversation.agenda.map((item) => (
              <li key={item.id} className="agenda__item">
                <span className="agenda__text" dir="auto">
                  {item.text}
                </span>
                <span className="agenda__meta">
                  {item.author === "member" ? <span className="badge">Your talking point</span> : null}
                  {item.carriedFrom ? <span className="badge badge--quiet">From last time</span> : null}
                  {item.covered ? (
                    <span className="badge badge--quiet">
                      {item.kind === "question" ? "Asked" : "Talked through"}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ol>
        )}
        {conversation.status === "planned" ? (
          <TalkingPointForm conversationId={conversation.id} leaderName={leaderName} />
        ) : null}
      </Panel>
      <Panel heading="Shared notes">
        {conversation.sharedNotes.trim() === "" ? (
          <p className="empty">
            <span dir="auto">{leaderName}</span> has written no shared notes yet.
          </p>
        ) : (
          <p className="shared-notes" dir="auto">
            {conversation.sharedNotes}
          </p>
        )}
      </Panel>
      {requests.length > 0 ? (
        <Panel heading="Asked of you">
          <ul className="home-list">
            {requests.map((request) => (
              <li key={request.id}>
                <span dir="auto">{leaderName}</span> asked you on {formatDate(request.requestedAt)} to write
                down <Link to={`/me/answers#answer-${request.facetKey}`}>{request.facetTitle}</Link> in your
                own words.
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      <Panel heading="Commitments">
        <p className="fine-print">What either of you promised, with the day it is due.</p>
        <CommitmentsSection viewer="member" other={conversation.leader} conversationId={conversation.id} />
      </Panel>
    </>
  );
}
