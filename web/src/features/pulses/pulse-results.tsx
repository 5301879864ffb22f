import { ShareBar } from "../charts/share-bar";
import {
  FIGURE_ORDER,
  FIGURE_TEXT,
  figureShare,
  figureValue,
  isShown,
  TRUST_INDEX_FORMULA,
} from "./pulse-figures";
import type { PulseResults } from "./pulses.api";

/** One figure: its value and a meter, or "Withheld" with the reason. */
function FigureCard({
  results,
  figureKey,
}: {
  results: PulseResults;
  figureKey: (typeof FIGURE_ORDER)[number];
}) {
  const text = FIGURE_TEXT[figureKey];
  const figure = results.figures[figureKey];
  const headingId = `pulse-figure-${figureKey}`;
  return (
    <article className="figure pulse-figure" aria-labelledby={headingId}>
      <h3 id={headingId}>{text.title}</h3>
      {isShown(figure) ? (
        <>
          <p className="figure__value">{figureValue(figureKey, figure.value)}</p>
          <ShareBar
            value={figureShare(figureKey, figure.value)}
            label=""
            decorative
            tone={figureKey === "selfOrientation" ? "calm" : "accent"}
          />
        </>
      ) : (
        <>
          <p className="figure__value pulse-figure__withheld">Withheld</p>
          <p className="pulse-figure__reason">{figure.withheld}</p>
        </>
      )}
      <p className="figure__sentence">{text.meaning}</p>
      {figureKey === "trustIndex" ? <p className="fine-print">{TRUST_INDEX_FORMULA}</p> : null}
    </article>
  );
}

/** A closed round's figures and comments as the server released them: nothing here names anyone. */
export function PulseResultsView({ results }: { results: PulseResults }) {
  const { comments } = results;
  const figures = FIGURE_ORDER.map((key) => results.figures[key]);
  const reasons = [...new Set(figures.flatMap((figure) => (isShown(figure) ? [] : [figure.withheld])))];
  const noneShown = figures.every((figure) => !isShown(figure));
  return (
    <>
      <section aria-labelledby="pulse-figures-heading">
        <h2 id="pulse-figures-heading">Figures</h2>
        {noneShown && reasons.length === 1 ? (
          <p className="notice notice--plain">Every figure here is withheld. {reasons[0]}</p>
        ) : null}
        <div className="figures pulse-figures">
          {FIGURE_ORDER.map((key) => (
            <FigureCard key={key} results={results} figureKey={key} />
          ))}
        </div>
      </section>
      <section className="panel pulse-comments" aria-labelledby="pulse-comments-heading">
        <h2 id="pulse-comments-heading">Comments</h2>
        {comments.shown ? (
          comments.items.length === 0 ? (
            <p>Nobody left a comment.</p>
          ) : (
            <>
              <p className="fine-print">In random order, without dates.</p>
              <ul className="pulse-comments__list">
                {comments.items.map((comment, index) => (
                  // Comments carry no id on purpose; their order is the server's random one.
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list never changes in place.
                  <li key={index} className="pulse-comment" dir="auto">
                    {comment}
                  </li>
                ))}
              </ul>
            </>
          )
        ) : (
          <p>
            <strong>Withheld.</strong> {comments.reason}
          </p>
        )}
      </section>
    </>
  );
}
