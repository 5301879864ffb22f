import { Link } from "react-router";
import { ErrorMessage, Loading } from "../components/messages";
import { ConversationHistory } from "../features/conversations/conversation-history";
import { usePersonConversations } from "../features/conversations/conversations.hooks";
import { errorMessage } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

/** The conversations the signed-in person's leaders planned or had with them. */
export function MyConversationsPage() {
  usePageTitle("Your conversations");
  const me = useSignedIn();
  const list = usePersonConversations(me.user.id);
  return (
    <div className="page page--narrow">
      <h1>Your conversations</h1>
      <p className="lede">
        The conversations your leaders planned with you. Open one to see its agenda, add talking points, and
        read the shared notes and commitments.
      </p>
      {list.isPending ? <Loading label="Loading your conversations…" /> : null}
      {list.isError ? <ErrorMessage>{errorMessage(list.error)}</ErrorMessage> : null}
      {list.isSuccess ? (
        <ConversationHistory
          conversations={list.data.conversations}
          withWhom={(conversation) => conversation.leader.name}
          empty="No leader has planned a conversation with you yet."
        />
      ) : null}
      <p>
        <Link to="/">Back to your home</Link>
      </p>
    </div>
  );
}
