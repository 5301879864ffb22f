import { useEffect } from "react";
import { Link, useLocation, useParams } from "react-router";
import { ExplainerView } from "../features/learning/explainer-view";
import { explainerBySlug } from "../features/learning/explainers";
import { usePageTitle } from "../lib/use-page-title";

/** The section named by the address's #fragment; a malformed fragment names none. */
function sectionId(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return "";
  }
}

/** One explainer. A link such as /learn/open-questions#closed opens at that section, focused. */
export function LearnExplainerPage() {
  const { slug = "" } = useParams();
  const { hash } = useLocation();
  const explainer = explainerBySlug(slug);
  const targetId = sectionId(hash);
  usePageTitle(explainer?.title ?? "Explainer not found");

  useEffect(() => {
    if (targetId === "" || !explainer) return;
    // After the layout has moved focus to <main> for the new screen, move it on to the section asked for.
    const timer = window.setTimeout(() => {
      const target = document.getElementById(targetId);
      target?.scrollIntoView({ block: "start" });
      target?.focus({ preventScroll: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [targetId, explainer]);

  if (!explainer) {
    return (
      <div className="page page--narrow">
        <h1>Explainer not found</h1>
        <p>
          There is no explainer at this address. <Link to="/learn">See all explainers</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="page page--reading">
      <p className="breadcrumb">
        <Link to="/learn">Learn</Link>
      </p>
      <ExplainerView explainer={explainer} targetId={targetId} />
    </div>
  );
}
