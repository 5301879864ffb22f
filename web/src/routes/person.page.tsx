import { useEffect } from "react";
import { Link, useLocation, useParams } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading } from "../components/messages";
import { usePerson } from "../features/knowledge/knowledge.hooks";
import { PersonKnowledge } from "../features/knowledge/person-knowledge";
import { SharedAnswers } from "../features/knowledge/shared-answers";
import { errorMessage, isApiError } from "../lib/api";
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
    const notFound = isApiError(person.error) && person.error.status === 404;
    return (
      <div className="page page--narrow">
        <h1>Person not available</h1>
        <ErrorMessage>
          {notFound
            ? "You can only open the page of someone who shares a team with you."
            : errorMessage(person.error)}
        </ErrorMessage>
        <p>
          <Link to="/teams">Back to teams</Link>
        </p>
        {notFound ? null : (
          <Button variant="secondary" onClick={() => void person.refetch()}>
            Try again
          </Button>
        )}
      </div>
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
