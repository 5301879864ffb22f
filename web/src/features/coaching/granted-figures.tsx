import { FigureCards } from "../audit/figure-cards";
import { FigureTable } from "../charts/figure-table";
import { countScaleTop, shortDay } from "../charts/format";
import { LineChart } from "../charts/line-chart";
import { SeriesKey } from "../charts/month-columns";
import { ShareBar } from "../charts/share-bar";
import { formatFacetValue } from "../knowledge/facet-value";
import { useFacets } from "../knowledge/knowledge.hooks";
import { PracticeFigureGrid } from "../practice/practice-figure";
import type { CoachedLeaderDetail } from "./coaching.api";

type Detail = CoachedLeaderDetail;
type Granted<Key extends "practice" | "audit" | "goals" | "alignment" | "manual"> = NonNullable<Detail[Key]>;

/** The leader's practice figures, month by month, as their own practice screen draws them. */
export function GrantedPractice({
  practice,
  leaderName,
}: {
  practice: Granted<"practice">;
  leaderName: string;
}) {
  const held = practice.months.some((month) => month.conversationsHeld > 0);
  return (
    <>
      <p>
        <span dir="auto">{leaderName}</span> leads {practice.peopleLed}{" "}
        {practice.peopleLed === 1 ? "person" : "people"} today; months are read in their time zone,{" "}
        {practice.timeZone.replaceAll("_", " ")}.{" "}
        {practice.reliability.share === null
          ? "None of their commitments is due yet."
          : `Commitments kept on time over all so far: ${practice.reliability.kept} of ${practice.reliability.due}.`}{" "}
        Each figure's explanation is written to the leader, as they read it on their own practice screen.
      </p>
      {held ? (
        <PracticeFigureGrid months={practice.months} level={3} />
      ) : (
        <p className="empty">No conversation held in these months yet, so there is nothing to draw.</p>
      )}
    </>
  );
}

/** Each of the leader's teams by the audit's team totals: never a person, never a cell. */
export function GrantedAudit({ audit }: { audit: Granted<"audit"> }) {
  if (audit.teams.length === 0) return <p className="empty">The leader leads no team with members yet.</p>;
  return (
    <>
      <p className="fine-print">
        Team totals only. The sentences are written to the leader, as their own audit says them.
      </p>
      {audit.teams.map((team) => (
        <section key={team.teamId} aria-labelledby={`audit-${team.teamId}`}>
          <h3 id={`audit-${team.teamId}`} dir="auto">
            {team.teamName}
          </h3>
          <FigureCards figures={team.figures} idPrefix={`audit-${team.teamId}`} />
        </section>
      ))}
    </>
  );
}

const GOAL_SERIES = [
  { key: "joined", tone: "accent", label: "Joined" },
  { key: "stated", tone: "calm", label: "Stated a stance" },
] as const;

/** Each goal's adoption, week by week: how many have joined of how many stated a stance. */
export function GrantedGoals({ goals }: { goals: Granted<"goals"> }) {
  if (goals.goals.length === 0) return <p className="empty">The leader has stated no goal yet.</p>;
  return (
    <>
      <p className="fine-print">
        Joined: stances at supportive or above. Counts only, never who; a private stance is not counted.
      </p>
      {goals.goals.map((goal) => {
        const top = countScaleTop(Math.max(0, ...goal.weeks.map((week) => week.stated)));
        const headingId = `goal-${goal.goalId}`;
        return (
          <article key={goal.goalId} className="coach-goal" aria-labelledby={headingId}>
            <h3 id={headingId}>
              <span dir="auto">{goal.title}</span>{" "}
              <span className="badge badge--quiet" dir="auto">
                {goal.teamName}
              </span>
            </h3>
            {goal.withheld !== null ? (
              <p className="notice notice--plain">{goal.withheld}</p>
            ) : (
              <div className="coach-figure">
                <div>
                  <LineChart
                    points={goal.weeks.map((week) => shortDay(week.weekStart))}
                    series={[
                      { key: "stated", tone: "calm", values: goal.weeks.map((week) => week.stated) },
                      { key: "joined", tone: "accent", values: goal.weeks.map((week) => week.joined) },
                    ]}
                    min={0}
                    max={top}
                    minLabel="0"
                    maxLabel={String(top)}
                    title={`${goal.title}: adoption by week`}
                    description={goal.weeks
                      .map(
                        (week) =>
                          `week of ${shortDay(week.weekStart)}: ${week.joined} joined of ${week.stated} stated`,
                      )
                      .join("; ")}
                  />
                  <SeriesKey series={GOAL_SERIES} />
                </div>
                <FigureTable
                  caption={`${goal.title}: adoption by week`}
                  columns={["Week of", "Joined", "Stated"]}
                  rows={goal.weeks.map((week) => ({
                    key: week.weekStart,
                    head: shortDay(week.weekStart),
                    cells: [week.joined, week.stated],
                  }))}
                />
              </div>
            )}
          </article>
        );
      })}
    </>
  );
}

const concordanceWords = (value: number) => value.toLocaleString("en", { maximumFractionDigits: 2 });

/** How far each team agrees on its priorities (Kendall's W, 0 to 1): never anyone's rating. */
export function GrantedAlignment({ alignment }: { alignment: Granted<"alignment"> }) {
  if (alignment.teams.length === 0)
    return <p className="empty">No team of the leader has rated priorities.</p>;
  return (
    <>
      <p className="fine-print">
        Kendall's W over the members' orders of the team's work: 0 is no agreement, 1 is everyone ranking it
        the same.
      </p>
      <ul className="coach-alignment">
        {alignment.teams.map((team) => (
          <li key={team.teamId}>
            <span className="coach-alignment__team" dir="auto">
              {team.teamName}
            </span>
            {team.concordance === null ? (
              <span>{team.withheld ?? "Too few have rated for a figure."}</span>
            ) : (
              <>
                <ShareBar
                  value={team.concordance}
                  label={`${team.teamName}: W ${concordanceWords(team.concordance)}`}
                  decorative
                />
                <span>W {concordanceWords(team.concordance)}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <FigureTable
        caption="Alignment by team"
        columns={["Team", "Items", "Raters", "Agreement (W)"]}
        rows={alignment.teams.map((team) => ({
          key: team.teamId,
          head: <span dir="auto">{team.teamName}</span>,
          cells: [
            team.items,
            team.raters,
            team.concordance === null ? "withheld" : concordanceWords(team.concordance),
          ],
        }))}
      />
    </>
  );
}

/** The leader's own "working with me" answers that they share with anyone. */
export function GrantedManual({ manual }: { manual: Granted<"manual"> }) {
  const facets = useFacets();
  if (manual.answers.length === 0)
    return <p className="empty">The leader has shared no answer about themselves yet.</p>;
  const text = (facetId: string, value: unknown) => {
    const facet = facets.data?.facets.find((item) => item.id === facetId);
    if (facet) return formatFacetValue(facet, value as Parameters<typeof formatFacetValue>[1]);
    return Array.isArray(value) ? value.join("; ") : String(value);
  };
  return (
    <dl className="coach-manual">
      {manual.answers.map((answer) => (
        <div key={answer.facetId}>
          <dt>{answer.facetTitle}</dt>
          <dd dir="auto">{text(answer.facetId, answer.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
