import { percent } from "../charts/format";
import { PairedBars } from "../charts/paired-bars";
import { ShareBar } from "../charts/share-bar";
import type { AuditFigures } from "./audit.api";
import { FIGURE_TEXT, figureBasis, figureValue, OVERCONFIDENCE_MARGIN, SHARE_FIGURES } from "./figure-text";

/** The audit's figures, each with its value, a meter, and a sentence on what it means. */
export function FigureCards({ figures, idPrefix }: { figures: AuditFigures; idPrefix: string }) {
  return (
    <div className="figures">
      {SHARE_FIGURES.map((figure) => {
        const text = FIGURE_TEXT[figure];
        const value = figures[figure];
        const headingId = `${idPrefix}-${figure}`;
        return (
          <article key={figure} className="figure" aria-labelledby={headingId}>
            <h3 id={headingId}>{text.title}</h3>
            <p className="figure__value">
              {figureValue(figure, value)}
              <span className="figure__better">{text.better} is better</span>
            </p>
            <ShareBar
              value={value}
              label={`${text.title}: ${value === null ? "not enough data yet" : figureValue(figure, value)}`}
              tone={text.better === "lower" ? "calm" : "accent"}
            />
            <p className="figure__sentence">{text.sentence}</p>
            <p className="fine-print">{value === null ? text.empty : figureBasis(figure, figures)}</p>
          </article>
        );
      })}
      <Overconfidence figures={figures} headingId={`${idPrefix}-overconfidence`} />
    </div>
  );
}

function Overconfidence({ figures, headingId }: { figures: AuditFigures; headingId: string }) {
  const { meanConfidence, accuracy, overconfident } = figures;
  const known = meanConfidence !== null && accuracy !== null;
  const gap = known ? Math.round((meanConfidence - accuracy) * 100) : null;
  const verdict = !known ? "Not enough data" : overconfident ? "Overconfident" : "Not overconfident";
  return (
    <article className="figure" aria-labelledby={headingId}>
      <h3 id={headingId}>Overconfidence</h3>
      <p className={overconfident ? "figure__value figure__value--alert" : "figure__value"}>{verdict}</p>
      <PairedBars
        label={
          known
            ? `Average stated confidence ${percent(meanConfidence)}, accuracy ${percent(accuracy)}: ${
                gap !== null && gap > 0 ? `${gap} points more sure than right` : "no more sure than right"
              }.`
            : "Not enough comparisons to set confidence against accuracy."
        }
        bars={[
          { label: "Stated confidence", value: meanConfidence, tone: "calm" },
          { label: "Accuracy", value: accuracy, tone: overconfident ? "alert" : "accent" },
        ]}
      />
      <p className="figure__sentence">
        Whether you are, on average, more sure than right by more than {OVERCONFIDENCE_MARGIN * 100} points
        (confidence 5 of 5 reads as 100%).
      </p>
      {gap !== null ? (
        <p className="fine-print">
          {gap > 0 ? `${gap} points more sure than right.` : "No more sure than right."}
        </p>
      ) : (
        <p className="fine-print">Nothing compared yet.</p>
      )}
    </article>
  );
}
