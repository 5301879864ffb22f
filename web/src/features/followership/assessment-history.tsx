import { followershipResultText } from "#core/instruments/followership-styles";
import { formatDate } from "../../lib/format";
import { VISIBILITY_TEXT } from "../answers/visibility";
import type { FollowershipAssessment } from "./followership.api";

/** Every time I took the self-assessment, newest first, as a table. */
export function AssessmentHistory({ history }: { history: readonly FollowershipAssessment[] }) {
  return (
    <section className="panel" aria-labelledby="assessment-history-heading">
      <h2 id="assessment-history-heading">Your results so far</h2>
      {/* Focusable so a keyboard can scroll it sideways when the screen is narrow. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section className="table-wrap" tabIndex={0} aria-labelledby="assessment-history-caption">
        <table className="table table--compact">
          <caption id="assessment-history-caption" className="visually-hidden">
            Each of your results, newest first
          </caption>
          <thead>
            <tr>
              <th scope="col">Taken on</th>
              <th scope="col" className="table__number">
                Thinking
              </th>
              <th scope="col" className="table__number">
                Engagement
              </th>
              <th scope="col">Nearest pattern</th>
              <th scope="col">Seen by</th>
            </tr>
          </thead>
          <tbody>
            {history.map((take) => (
              <tr key={take.id}>
                <th scope="row">{formatDate(take.takenAt)}</th>
                <td className="table__number">{take.it}</td>
                <td className="table__number">{take.ae}</td>
                <td>{followershipResultText(take)}</td>
                <td>{VISIBILITY_TEXT[take.visibility].label}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
