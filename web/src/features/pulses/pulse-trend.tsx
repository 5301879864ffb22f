import { Link } from "react-router";
import { shortDay } from "../charts/format";
import { LineChart } from "../charts/line-chart";
import { formatDay } from "../conversations/schedule";
import { dayRange, FIGURE_ORDER, FIGURE_TEXT, type FigureKey, figureValue, isShown } from "./pulse-figures";
import type { PulseFigure, PulseTrendRound } from "./pulses.api";

type Round = PulseTrendRound;

/** The day a round ended (or ends): its closing day once closed. */
const endOf = (round: Round) => round.closedOn ?? round.closesOn;

const shownValue = (figure: PulseFigure | undefined) => (figure && isShown(figure) ? figure.value : null);

/** The distinct reasons a round's figures are withheld, each once. */
function reasonsOf(round: Round): string[] {
  if (!round.figures) return [];
  const reasons = FIGURE_ORDER.map((key) => round.figures?.[key]).flatMap((figure) =>
    figure && !isShown(figure) ? [figure.withheld] : [],
  );
  return [...new Set(reasons)];
}

function TrendChart({ rounds, figureKey }: { rounds: readonly Round[]; figureKey: FigureKey }) {
  const text = FIGURE_TEXT[figureKey];
  const index = text.scale === "index";
  const values = rounds.map((round) => shownValue(round.figures?.[figureKey]));
  const describe = rounds
    .map((round, position) => {
      const value = values[position];
      const figure = round.figures?.[figureKey];
      const shown =
        value === null || value === undefined
          ? `withheld${figure && !isShown(figure) ? ` (${figure.withheld})` : ""}`
          : figureValue(figureKey, value);
      return `round closed ${formatDay(endOf(round))}: ${shown}`;
    })
    .join("; ");
  return (
    <article className="pulse-trend__chart" aria-labelledby={`pulse-trend-${figureKey}`}>
      <h2 id={`pulse-trend-${figureKey}`}>{text.title}</h2>
      <LineChart
        points={rounds.map((round) => shortDay(endOf(round)))}
        series={[{ key: figureKey, tone: "accent", values }]}
        min={index ? 0 : 1}
        max={index ? 100 : 7}
        minLabel={index ? "0" : "1"}
        maxLabel={index ? "100" : "7"}
        reference={index ? { value: 50, label: "50" } : { value: 4, label: "4" }}
        gaps={values.map((value) => (value === null ? "Withheld" : null))}
        title={`${text.title}, round by round`}
        description={describe === "" ? "No closed round yet." : `${describe}.`}
      />
    </article>
  );
}

const compact = (key: FigureKey, value: number) =>
  FIGURE_TEXT[key].scale === "index"
    ? String(Math.round(value))
    : value.toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A closed round's cells: how many answered and each figure, or, where all are withheld for one reason, that reason. */
function RoundCells({ round }: { round: Round }) {
  const reasons = reasonsOf(round);
  const allWithheld = FIGURE_ORDER.every((key) => shownValue(round.figures?.[key]) === null);
  if (allWithheld) {
    return (
      <td className="pulse-trend__withheld" colSpan={FIGURE_ORDER.length + 1}>
        Withheld: {reasons.join(" ") || "no figures."}
      </td>
    );
  }
  return (
    <>
      <td className="pulse-trend__number">{round.respondents ?? "–"}</td>
      {FIGURE_ORDER.map((key) => {
        const value = shownValue(round.figures?.[key]);
        const figure = round.figures?.[key];
        return (
          <td key={key} className="pulse-trend__number">
            {value === null
              ? `Withheld: ${figure && !isShown(figure) ? figure.withheld : ""}`
              : compact(key, value)}
          </td>
        );
      })}
    </>
  );
}

function TrendTable({ rounds, onTeam }: { rounds: readonly Round[]; onTeam: boolean }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap pulse-trend__table" tabIndex={0} aria-labelledby="pulse-trend-table">
      <table className="table table--compact">
        <caption id="pulse-trend-table">Every round, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col" className="pulse-trend__heading">
              Answered
            </th>
            {FIGURE_ORDER.map((key) => (
              <th key={key} scope="col" className="pulse-trend__heading">
                {FIGURE_TEXT[key].title}
                <span className="pulse-trend__scale">
                  {FIGURE_TEXT[key].scale === "index" ? " (0–100)" : " (1–7)"}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rounds.map((round) => (
            <tr key={round.id}>
              <th scope="row">
                <Link
                  to={
                    round.status === "closed" && onTeam
                      ? `/pulses/${round.id}/results`
                      : `/pulses/${round.id}`
                  }
                >
                  {dayRange(round.openedOn, endOf(round))}
                </Link>
              </th>
              {round.status === "open" ? (
                <td colSpan={FIGURE_ORDER.length + 1}>
                  Open until {formatDay(round.closesOn)}; its figures show once it closes.
                </td>
              ) : (
                <RoundCells round={round} />
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The team's closed rounds over time: the trust index and psychological safety as lines (a
 * withheld round is a gap, marked), and with them a table of every round, each figure and why any
 * is withheld. Open rounds are listed in the table with the day they close.
 */
export function PulseTrend({
  rounds,
  onTeam,
}: {
  rounds: readonly PulseTrendRound[];
  /** The viewer leads or is a member of the team; an admin who is not sees no figures, so no results link. */
  onTeam: boolean;
}) {
  const closed = rounds.filter((round) => round.status === "closed").reverse();
  return (
    <div className="pulse-trend">
      {closed.length > 0 ? (
        <div className="pulse-trend__charts">
          <TrendChart rounds={closed} figureKey="trustIndex" />
          <TrendChart rounds={closed} figureKey="psychologicalSafety" />
        </div>
      ) : (
        <p>No round has closed yet, so there is nothing to chart.</p>
      )}
      <TrendTable rounds={rounds} onTeam={onTeam} />
    </div>
  );
}
