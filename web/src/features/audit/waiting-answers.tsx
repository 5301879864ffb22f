import { plural } from "../../lib/format";
import type { Audit } from "./audit.api";
import { CellList } from "./blind-spots";

/**
 * The cheapest wins, ahead of the conversations: people have answered and the leader has neither
 * written down what they think nor looked. A guess written now still counts.
 */
export function WaitingAnswers({ audit }: { audit: Audit }) {
  const count = audit.sealed.length;
  if (count === 0) return null;
  return (
    <section className="panel waiting-answers" aria-labelledby="waiting-heading">
      <h3 id="waiting-heading">{plural(count, "answer is", "answers are")} waiting for your guess</h3>
      <p className="fine-print">
        They have answered and you have not looked yet. Write down what you think first, then look: a belief
        written before you look counts in your accuracy and calibration.
      </p>
      <CellList audit={audit} cells={audit.sealed} label="Answers waiting for your guess" empty="" />
    </section>
  );
}
