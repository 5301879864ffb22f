import { formatDate } from "../../lib/format";
import { formatFacetValue } from "../knowledge/facet-value";
import type { Facet } from "../knowledge/facets.api";
import type { AnswerVersion } from "./answers.api";
import { VISIBILITY_TEXT } from "./visibility";

/** Every version of one answer, newest first. Only the member sees this. */
export function AnswerHistory({ facet, versions }: { facet: Facet; versions: AnswerVersion[] }) {
  if (versions.length === 0) return null;
  return (
    <details className="history">
      <summary>
        History <span className="count">({versions.length})</span>
        <span className="visually-hidden"> of your answer on {facet.title}</span>
      </summary>
      <p className="fine-print">Only you see earlier versions.</p>
      <ol className="history__list">
        {versions.map((version) => (
          <li key={`${version.recordedAt}-${version.withdrawn}-${JSON.stringify(version.value)}`}>
            <span className="history__date">{formatDate(version.recordedAt)}</span>
            {version.withdrawn || version.value === null ? (
              <span className="empty">Withdrawn</span>
            ) : (
              <span>
                {formatFacetValue(facet, version.value)}
                {version.visibility ? (
                  <span className="fine-print">
                    {" "}
                    · seen by: {VISIBILITY_TEXT[version.visibility].label.toLowerCase()}
                  </span>
                ) : null}
              </span>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
