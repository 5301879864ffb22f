import { useEffect } from "react";
import { Link, useLocation, useParams } from "react-router";
import { Loading } from "../components/messages";
import { Unavailable } from "../components/unavailable";
import { PersonConversations } from "../features/conversations/person-conversations";
import { EstimatePanel } from "../features/followership/estimate-panel";
import { usePerson } from "../features/knowledge/knowledge.hooks";
import { firstNameOf, PersonKnowledge } from "../features/knowledge/person-knowledge";
import { SharedAnswers } from "../features/knowledge/shared-answers";
import { usePageTitle } from "../lib/use-page-title";

/** Opening /people/:id#facet-key (from a heatmap cell) lands on that facet. */
function useFacetAnchor(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash.startsWith("#facet-")) return;
    const target = document.getElementById(hash.slice(1));
    target?.scrollIntoView({ block: "start" });
    target?.querySelector<HTMLElement>("h3")?.focus({ preventScroll: true });
  }, [ready, hash]);
}

export function PersonPage() {
  const { userId = "" } = useParams();
  const person = usePerson(userId);
  usePageTitle(person.data?.person.name ?? "Person");
  useFacetAnchor(person.isSuccess);

  if (person.isPending) return <Loading label="Loading person…" />;
  if (person.isError) {
    return (
      <Unavailable
        title="Person not available"
        error={person.error}
        notFound="You can only open the page of someone who shares a team with you."
        back={{ to: "/teams", label: "Back to teams" }}
        retry={() => void person.refetch()}
      />
    );
  }
  const page = person.data;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link to="/teams">Teams</Link>
      </p>
      <h1 dir="auto">{page.person.name}</h1>
      {page.relation === "leader" ? (
        <>
          <p className="lede">
            What you believe about <span dir="auto">{page.person.name}</span>, what they have told you, and
            where you are only assuming. Your beliefs are yours alone:{" "}
            <span dir="auto">{page.person.name}</span> never sees them.
          </p>
          <PersonConversations personId={page.person.id} firstName={firstNameOf(page.person.name)} />
          <EstimatePanel personId={page.person.id} firstName={firstNameOf(page.person.name)} />
          <PersonKnowledge page={page} />
        </>
      ) : page.relation === "teammate" ? (
        <>
          <p className="lede">
            What <span dir="auto">{page.person.name}</span> has chosen to share with the team.
          </p>
          <SharedAnswers page={page} />
        </>
      ) : (
        <p className="notice notice--plain">
          This is you. Your answers, and who sees each one, are on{" "}
          <Link to="/me/answers">Working with me</Link>.
        </p>
      )}
    </div>
  );
}
