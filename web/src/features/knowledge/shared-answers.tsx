import { formatDate } from "../../lib/format";
import { byDimension, DIMENSION_TEXT } from "./dimensions";
import { formatFacetValue } from "./facet-value";
import type { PersonPage } from "./knowledge.api";

/** What a teammate sees of a person: only the answers they shared with the team, read-only. */
export function SharedAnswers({ page }: { page: PersonPage }) {
  const shared = page.facets.filter((item) => item.answer !== undefined);
  if (shared.length === 0) {
    return <p className="empty">{page.person.name} has not shared any answers with the team yet.</p>;
  }
  return (
    <>
      {byDimension(shared, (item) => item.facet.dimension).map((group) => (
        <section key={group.dimension} className="panel" aria-labelledby={`shared-${group.dimension}`}>
          <h2 id={`shared-${group.dimension}`}>{DIMENSION_TEXT[group.dimension].title}</h2>
          <dl className="answer-list">
            {group.items.map((item) =>
              item.answer ? (
                <div key={item.facet.id} className="answer-list__item">
                  <dt>{item.facet.title}</dt>
                  <dd>
                    <p className="facet-value">{formatFacetValue(item.facet, item.answer.value)}</p>
                    <p className="fine-print">Answered {formatDate(item.answer.updatedAt)}</p>
                  </dd>
                </div>
              ) : null,
            )}
          </dl>
        </section>
      ))}
    </>
  );
}
