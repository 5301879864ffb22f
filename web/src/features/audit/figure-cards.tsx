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
          <FigureCard
            key={figure}
            headingId={headingId}
            title={text.title}
            value={figureValue(figure, value)}
            better={text.better}
            meter={{
              value,
              label: `${text.title}: ${value === null ? "not enough data yet" : figureValue(figure, value)}`,
              tone: text.better === "lower" ? "calm" : "accent",
            }}
            sentence={text.sentence}
            note={value === null ? text.empty : figureBasis(figure, figures)}
          />
        );
      })}
      <Overconfidence figures={figures} headingId={`${idPrefix}-overconfidence`} />
    </div>
  );
}

/** One figure: its name, its value and which way is better, a meter, what it means and a note under it. */
export function FigureCard({
  headingId,
  title,
  value,
  better,
  meter,
  sentence,
  note,
}: {
  headingId: string;
  title: string;
  value: string;
  better: "higher" | "lower";
  meter: { value: number | null; label: string; tone: "accent" | "calm" };
  sentence: string;
  note: string | null;
}) {
  return (
    <article className="figure" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="figure__value">
        {value}
        <span className="figure__better">{better} is better</span>
      </p>
      <ShareBar value={meter.value} label={meter.label} tone={meter.tone} />
      <p className="figure__sentence">{sentence}</p>
      {note === null ? null : <p className="fine-print">{note}</p>}
    </article>
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
