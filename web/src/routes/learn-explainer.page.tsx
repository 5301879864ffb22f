import { useEffect } from "react";
import { Link, useLocation, useParams } from "react-router";
import { ExplainerView } from "../features/learning/explainer-view";
import { explainerBySlug } from "../features/learning/explainers";
import { usePageTitle } from "../lib/use-page-title";

/** One explainer. A link such as /learn/open-questions#closed opens at that section, focused. */
export function LearnExplainerPage() {
  const { slug = "" } = useParams();
  const { hash } = useLocation();
  const explainer = explainerBySlug(slug);
  usePageTitle(explainer?.title ?? "Explainer not found");

  useEffect(() => {
    const id = decodeURIComponent(hash.replace(/^#/, ""));
    if (id === "" || !explainer) return;
    // After the layout has moved focus to <main> for the new screen, move it on to the section asked for.
    const timer = window.setTimeout(() => {
      const target = document.getElementById(id);
      target?.scrollIntoView({ block: "start" });
      target?.focus({ preventScroll: true });
    }, 0);
    return () => window.clearTimeout(timer);
  }, [hash, explainer]);

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
      <ExplainerView explainer={explainer} />
    </div>
  );
}
