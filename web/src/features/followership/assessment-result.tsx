import { followershipResultText } from "#core/instruments/followership-styles";
import { formatDate } from "../../lib/format";
import { VISIBILITY_TEXT } from "../answers/visibility";
import type { FollowershipAssessment } from "./followership.api";
import { FollowershipPlane, PlaneKey } from "./followership-plane";
import { StyleDescription } from "./style-description";
import { AXIS_NAME } from "./style-words";

const REGIONS = { low: 20, high: 40, max: 60 };

/** My latest result: the point on the two axes, the two sums, and the nearest pattern in neutral words. */
export function AssessmentResult({ assessment }: { assessment: FollowershipAssessment }) {
  const { it, ae } = assessment;
  return (
    <section className="panel assessment-result" aria-labelledby="assessment-result-heading">
      <h2 id="assessment-result-heading">Your latest result</h2>
      <p className="fine-print">
        Taken on {formatDate(assessment.takenAt)}. Seen by:{" "}
        {VISIBILITY_TEXT[assessment.visibility].label.toLowerCase()}.
      </p>
      <div className="assessment-result__body">
        <div className="assessment-result__picture">
          <FollowershipPlane
            regions={REGIONS}
            entries={[{ key: assessment.id, label: null, estimate: null, self: { it, ae } }]}
            title="Your result on the two followership axes"
            description={`Your answers sum to ${it} of 60 on independent critical thinking and ${ae} of 60 on active engagement, which is in the ${followershipResultText(assessment).toLowerCase()} region.`}
          />
          <PlaneKey estimate={null} self="Your result" />
        </div>
        <div>
          <dl className="assessment-result__sums">
            <div>
              <dt>{AXIS_NAME.it}</dt>
              <dd>{it} of 60</dd>
            </div>
            <div>
              <dt>{AXIS_NAME.ae}</dt>
              <dd>{ae} of 60</dd>
            </div>
          </dl>
          <StyleDescription placed={assessment} headingId="assessment-style-heading" />
        </div>
      </div>
    </section>
  );
}
