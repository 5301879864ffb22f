import { formatDate } from "../../lib/format";
import { CONFIDENCE_TEXT, SOURCE_TEXT } from "./belief-text";
import { formatFacetValue } from "./facet-value";
import type { Facet } from "./facets.api";
import type { Belief } from "./knowledge.api";

/** The leader's belief as it stands, with where it came from and how sure they were. */
export function BeliefSummary({ facet, belief }: { facet: Facet; belief: Belief }) {
  return (
    <div className="belief-summary">
      <p className="facet-value" dir="auto">
        {formatFacetValue(facet, belief.value)}
      </p>
      <dl className="facts">
        <div>
          <dt>Source</dt>
          <dd>
            {SOURCE_TEXT[belief.source].label} ({SOURCE_TEXT[belief.source].explanation})
          </dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>
            {belief.confidence} of 5, {CONFIDENCE_TEXT[belief.confidence] ?? ""}
          </dd>
        </div>
        <div>
          <dt>Written</dt>
          <dd>{formatDate(belief.recordedAt)}</dd>
        </div>
      </dl>
      {belief.afterAnswer ? (
        <p className="fine-print">
          Written after you looked at their answer: it is compared, but it does not count in your accuracy or
          calibration.
        </p>
      ) : null}
    </div>
  );
}
