import { Link } from "react-router";
import { type Explainer, type ExplainerSection, explainerBySlug } from "./explainers";

function Section({ section, target }: { section: ExplainerSection; target: boolean }) {
  return (
    <>
      {section.heading ? (
        <h2
          id={section.id}
          tabIndex={section.id ? -1 : undefined}
          className={target ? "explainer__target" : undefined}
        >
          {section.heading}
        </h2>
      ) : null}
      {section.paragraphs?.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {section.points ? (
        <ul className="explainer__points">
          {section.points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      ) : null}
      {section.steps ? (
        <ol className="explainer__steps">
          {section.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      ) : null}
      {section.links ? (
        <ul className="explainer__links">
          {section.links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * One explainer as a readable page: title, summary, sections, sources by name, and what to read next.
 * `targetId` marks the section a link pointed at (CSS :target does not follow client-side navigation).
 */
export function ExplainerView({ explainer, targetId = "" }: { explainer: Explainer; targetId?: string }) {
  const related = explainer.related.flatMap((slug) => explainerBySlug(slug) ?? []);
  return (
    <article className="explainer">
      <h1>{explainer.title}</h1>
      <p className="lede">{explainer.summary}</p>
      {explainer.sections.map((section, index) => (
        <Section
          key={section.id ?? section.heading ?? index}
          section={section}
          target={section.id !== undefined && section.id === targetId}
        />
      ))}
      <footer className="explainer__footer">
        {explainer.sources.length > 0 ? (
          <>
            <h2>Sources</h2>
            <ul className="explainer__sources">
              {explainer.sources.map((source) => (
                <li key={source}>{source}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h2>Read next</h2>
        <ul className="explainer__related">
          {related.map((next) => (
            <li key={next.slug}>
              <Link to={`/learn/${next.slug}`}>{next.title}</Link>
            </li>
          ))}
          <li>
            <Link to="/learn">All explainers</Link>
          </li>
        </ul>
      </footer>
    </article>
  );
}
