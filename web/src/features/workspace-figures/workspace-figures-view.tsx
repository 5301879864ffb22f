import { FigureCard } from "../audit/figure-cards";
import { FigureTable } from "../charts/figure-table";
import { countScaleTop, percent } from "../charts/format";
import { MonthColumns } from "../charts/month-columns";
import type { Bucket, Distribution, PooledFigure, WorkspaceFigures } from "./workspace-figures.api";

const POOLED: { key: "coverage" | "beliefShare" | "confirmedShare"; title: string }[] = [
  { key: "coverage", title: "Coverage" },
  { key: "beliefShare", title: "Beliefs written down" },
  { key: "confirmedShare", title: "Confirmed" },
];

const DISTRIBUTIONS: { key: keyof WorkspaceFigures["distributions"]; title: string; measure: string }[] = [
  { key: "coverage", title: "Coverage across leaders", measure: "coverage" },
  { key: "markedAccuracy", title: "Marked accuracy across leaders", measure: "marked accuracy" },
  { key: "markedCalibration", title: "Marked calibration across leaders", measure: "Brier score" },
];

const leadersWord = (n: number) => (n === 1 ? "1 leader" : `${n} leaders`);
const range = (bucket: Bucket) => `${Math.round(bucket.from * 100)}–${Math.round(bucket.to * 100)}%`;
/** The Brier score is read as a number from 0 to 1, not a percentage. */
const brierRange = (bucket: Bucket) => `${bucket.from.toFixed(1)}–${bucket.to.toFixed(1)}`;

/** The whole screen below its heading: the counts, the pooled figures and the three distributions. */
export function WorkspaceFiguresView({ figures }: { figures: WorkspaceFigures }) {
  const { counts } = figures;
  return (
    <>
      <section aria-labelledby="workspace-counts-heading">
        <h2 id="workspace-counts-heading">The workspace</h2>
        <dl className="workspace-counts">
          <Count label="People" value={counts.people} />
          <Count label="Teams" value={counts.teams} />
          <Count label="Leaders" value={counts.leaders} />
          <Count label="People led" value={counts.peopleLed} />
          <Count label="Aspects audited" value={counts.facets} />
        </dl>
        <p className="fine-print">
          Every figure below rests on at least {figures.threshold} leaders, and the shares on at least{" "}
          {figures.threshold} people they lead: the workspace's anonymity threshold for scores. Anything
          resting on fewer is withheld, with why.
        </p>
        <p className="fine-print">
          Counted at{" "}
          {new Date(figures.countedAt).toLocaleString("en-GB", { timeStyle: "short", dateStyle: "medium" })}.
          When the workspace has changed since, opening this screen starts a new counting in the background
          and shows this one meanwhile, so the figures can be a counting behind.
        </p>
      </section>
      <section aria-labelledby="workspace-pooled-heading">
        <h2 id="workspace-pooled-heading">Over every leader's knowledge</h2>
        <div className="figures">
          {POOLED.map(({ key, title }) => (
            <PooledCard key={key} id={`workspace-${key}`} title={title} figure={figures[key]} />
          ))}
        </div>
      </section>
      <section aria-labelledby="workspace-spread-heading">
        <h2 id="workspace-spread-heading">How leaders differ</h2>
        <p className="lede">
          Each leader's own figure, counted once, in five buckets: how many leaders fall in each. No bucket
          says who is in it.
        </p>
        <div className="practice-figures">
          {DISTRIBUTIONS.map(({ key, title, measure }) => (
            <DistributionCard
              key={key}
              id={`workspace-distribution-${key}`}
              title={title}
              measure={measure}
              distribution={figures.distributions[key]}
              brier={key === "markedCalibration"}
            />
          ))}
        </div>
      </section>
    </>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="workspace-counts__item">
      <dt>{label}</dt>
      <dd>{value.toLocaleString("en")}</dd>
    </div>
  );
}

function PooledCard({ id, title, figure }: { id: string; title: string; figure: PooledFigure }) {
  const value = figure.withheld ? "Withheld" : percent(figure.value);
  return (
    <FigureCard
      headingId={id}
      title={title}
      value={value}
      better="higher"
      meter={{ value: figure.value, label: `${title}: ${value.toLowerCase()}`, tone: "accent" }}
      sentence={figure.definition}
      note={figure.withheld ? figure.withheld.message : null}
    />
  );
}

function DistributionCard({
  id,
  title,
  measure,
  distribution,
  brier,
}: {
  id: string;
  title: string;
  measure: string;
  distribution: Distribution;
  brier: boolean;
}) {
  const label = brier ? brierRange : range;
  const mean =
    distribution.mean === null ? "–" : brier ? distribution.mean.toFixed(2) : percent(distribution.mean);
  const buckets = distribution.buckets;
  const caption = `${title}: leaders in each bucket`;
  return (
    <article className="practice-figure" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p className="practice-figure__meaning">
        {distribution.definition} {distribution.better === "higher" ? "Higher" : "Lower"} is better.
      </p>
      {distribution.withheld || !buckets ? (
        <p className="notice notice--plain">{distribution.withheld?.message ?? "Nothing to show yet."}</p>
      ) : (
        <>
          <p>
            {leadersWord(distribution.leaders ?? 0)} have a {measure}; their mean is {mean}.
          </p>
          <div className="practice-figure__body">
            <BucketColumns buckets={buckets} label={label} title={caption} />
            <FigureTable
              className="practice-figure__table"
              caption={caption}
              columns={[brier ? "Brier score" : "Range", "Leaders"]}
              rows={buckets.map((bucket) => ({
                key: bucket.from,
                head: label(bucket),
                cells: [bucket.leaders === null ? "withheld" : bucket.leaders],
              }))}
            />
          </div>
          {buckets.some((b) => b.withheld) ? (
            <p className="fine-print">
              {[...new Set(buckets.flatMap((b) => (b.withheld ? [b.withheld.message] : [])))].join(" ")}
            </p>
          ) : null}
        </>
      )}
    </article>
  );
}

/** The buckets as columns, the scale's top a round number above the fullest bucket. */
function BucketColumns({
  buckets,
  label,
  title,
}: {
  buckets: readonly Bucket[];
  label: (bucket: Bucket) => string;
  title: string;
}) {
  const top = countScaleTop(Math.max(1, ...buckets.map((b) => b.leaders ?? 0)));
  return (
    <MonthColumns
      months={buckets.map(label)}
      series={[{ key: "leaders", label: "Leaders", tone: "accent", values: buckets.map((b) => b.leaders) }]}
      max={top}
      maxLabel={String(top)}
      title={title}
      description={buckets
        .map((b) => `${label(b)}: ${b.leaders === null ? "withheld" : leadersWord(b.leaders)}`)
        .join("; ")}
    />
  );
}
