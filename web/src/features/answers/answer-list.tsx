import { formatDate } from "../../lib/format";
import { formatFacetValue } from "../knowledge/facet-value";
import type { Facet, FacetValue } from "../knowledge/facets.api";

export interface ListedAnswer {
  facet: Facet;
  answer: { value: FacetValue; updatedAt: string };
}

/** Someone's answers as another person reads them: each facet's title, the words, and when. */
export function AnswerList({ items }: { items: ListedAnswer[] }) {
  return (
    <dl className="answer-list">
      {items.map(({ facet, answer }) => (
        <div key={facet.id} className="answer-list__item">
          <dt>{facet.title}</dt>
          <dd>
            <p className="facet-value" dir="auto">
              {formatFacetValue(facet, answer.value)}
            </p>
            <p className="fine-print">Answered {formatDate(answer.updatedAt)}</p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
