import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { Loading } from "../components/messages";
import { Unavailable } from "../components/unavailable";
import { usePersonAudit } from "../features/audit/audit.hooks";
import { orderSuggestions } from "../features/conversations/agenda-draft";
import { PlanForm } from "../features/conversations/plan-form";
import { firstNameOf } from "../features/knowledge/person-knowledge";
import { usePageTitle } from "../lib/use-page-title";

/**
 * Planning a conversation with one person, reached from a next-conversation card ("Plan this
 * conversation", `?facet=` naming the card's facet, which the agenda starts with) or the person page.
 */
export function PlanConversationPage() {
  const { userId = "" } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const audit = usePersonAudit(userId);
  const name = audit.data?.scope.name ?? "";
  usePageTitle(name ? `Plan a conversation with ${name}` : "Plan a conversation");

  if (audit.isPending) return <Loading label="Loading what is worth exploring…" />;
  if (audit.isError) {
    return (
      <Unavailable
        title="Cannot plan this conversation"
        error={audit.error}
        notFound="You can plan conversations only with people you lead."
        back={{ to: "/teams", label: "Back to teams" }}
        retry={() => void audit.refetch()}
      />
    );
  }
  const suggestions = orderSuggestions(audit.data.nextConversations, search.get("facet"));
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={`/people/${userId}`} dir="auto">
          {name}
        </Link>
      </p>
      <h1>
        Plan a conversation with <span dir="auto">{name}</span>
      </h1>
      <PlanForm
        personId={userId}
        firstName={firstNameOf(name)}
        suggestions={suggestions}
        onPlanned={(conversation) =>
          void navigate(`/conversations/${conversation.id}`, { state: { planned: true } })
        }
      />
    </div>
  );
}
