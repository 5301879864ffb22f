import { Link } from "react-router";
import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { CadenceSelect } from "./cadence-select";
import { ConversationHistory } from "./conversation-history";
import { usePersonConversations } from "./conversations.hooks";

/** On a person's page, for their leader: the cadence, a way to plan the next one, and every conversation. */
export function PersonConversations({ personId, firstName }: { personId: string; firstName: string }) {
  const list = usePersonConversations(personId);
  return (
    <section className="panel" aria-labelledby="conversations-heading" id="conversations">
      <h2 id="conversations-heading">Conversations</h2>
      {list.isPending ? <Loading label="Loading conversations…" /> : null}
      {list.isError ? <ErrorMessage>{errorMessage(list.error)}</ErrorMessage> : null}
      {list.isSuccess ? (
        <>
          <CadenceSelect
            personId={personId}
            firstName={firstName}
            rhythm={list.data.cadence?.rhythm ?? "none"}
          />
          <p>
            <Link className="button button--primary" to={`/people/${personId}/conversations/new`}>
              Plan a conversation
            </Link>
          </p>
          <ConversationHistory
            conversations={list.data.conversations}
            withWhom={() => null}
            empty={
              <>
                You have not had a conversation with <span dir="auto">{firstName}</span> in Rapport yet.
              </>
            }
          />
        </>
      ) : null}
    </section>
  );
}
