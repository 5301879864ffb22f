import { Link } from "react-router";
import { EXPLAINERS } from "../features/learning/explainers";
import { usePageTitle } from "../lib/use-page-title";

/** The learning index: Rapport's short explainers, each a few minutes' read. */
export function LearnPage() {
  usePageTitle("Learn");
  return (
    <div className="page">
      <h1>Learn</h1>
      <p className="lede">
        Short explainers on the ideas behind Rapport: how to ask, how to listen, how trust and following grow,
        and how to tell what you know from what you assume. Each takes a few minutes to read.
      </p>
      <ul className="card-list" aria-label="Explainers">
        {EXPLAINERS.map((explainer) => (
          <li key={explainer.slug} className="card card--link">
            <h2 className="card__title">
              <Link to={`/learn/${explainer.slug}`}>{explainer.title}</Link>
            </h2>
            <p className="card__summary">{explainer.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
