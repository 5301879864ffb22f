import { Link, useParams } from "react-router";
import { Loading, StatusMessage } from "../components/messages";
import { Unavailable } from "../components/unavailable";
import { StatusBadge, whenText } from "../features/conversations/conversation-heading";
import { useConversation } from "../features/conversations/conversations.hooks";
import { LeaderConversationView } from "../features/conversations/leader-conversation";
import { MemberConversationView } from "../features/conversations/member-conversation";
import { useFacets } from "../features/knowledge/knowledge.hooks";
import { firstNameOf } from "../features/knowledge/person-knowledge";
import { hasFlag, useArrivalState } from "../lib/use-arrival-state";
import { usePageTitle } from "../lib/use-page-title";

/** One conversation: the leader's page to plan and log it, or the person's view of it. */
export function ConversationPage() {
  const { conversationId = "" } = useParams();
  const conversation = useConversation(conversationId);
  const facets = useFacets();
  const planned = hasFlag(useArrivalState(), "planned");
  const data = conversation.data;
  const other = data ? (data.viewer === "leader" ? data.person : data.leader) : null;
  usePageTitle(other ? `Conversation with ${other.name}` : "Conversation");

  if (conversation.isPending || facets.isPending) return <Loading label="Loading the conversation…" />;
  if (conversation.isError || facets.isError) {
    return (
      <Unavailable
        title="Conversation not available"
        error={conversation.error ?? facets.error}
        notFound="This conversation does not exist, or it is not one of yours."
        back={{ to: "/", label: "Back to your home" }}
        retry={() => void Promise.all([conversation.refetch(), facets.refetch()])}
      />
    );
  }
  const page = conversation.data;
  const withWhom = page.viewer === "leader" ? page.person : page.leader;
  const audited = facets.data.facets.filter((facet) => facet.audience === "everyone" && !facet.retired);
  return (
    <div className="page conversation-page">
      <p className="breadcrumb">
        {page.viewer === "leader" ? (
          <Link to={`/people/${page.person.id}`} dir="auto">
            {page.person.name}
          </Link>
        ) : (
          <Link to="/me/conversations">Your conversations</Link>
        )}
      </p>
      <h1>
        Conversation with <span dir="auto">{withWhom.name}</span>
      </h1>
      <p className="lede">
        {whenText(page)} <StatusBadge status={page.status} />
      </p>
      <StatusMessage>
        {planned ? (
          <>
            The conversation is planned. <span dir="auto">{firstNameOf(withWhom.name)}</span> sees it on their
            home.
          </>
        ) : null}
      </StatusMessage>
      {page.viewer === "leader" ? (
        <LeaderConversationView
          conversation={page}
          firstName={firstNameOf(page.person.name)}
          facets={audited}
        />
      ) : (
        <MemberConversationView conversation={page} />
      )}
    </div>
  );
}
