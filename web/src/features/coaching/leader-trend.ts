import type { CoachedLeaderDetail } from "./coaching.api";

/**
 * A coached leader's granted figures in a line each, with the way they moved: this month's
 * conversations against last month's, each team's coverage, each goal's joined count against the
 * week before, each team's agreement. Only what the detail holds, so only what is granted.
 */
export function leaderTrend(detail: CoachedLeaderDetail): string[] {
  const lines: string[] = [];
  const months = detail.practice?.months ?? [];
  const now = months.at(-1);
  const last = months.at(-2);
  if (now) {
    const held = `${now.conversationsHeld} ${now.conversationsHeld === 1 ? "conversation" : "conversations"} held this month`;
    lines.push(
      last
        ? `${held} (${moved(now.conversationsHeld, last.conversationsHeld)} last month's ${last.conversationsHeld})`
        : held,
    );
  }
  for (const team of detail.audit?.teams ?? []) {
    const coverage = team.figures.coverage;
    lines.push(
      `${team.teamName}: coverage ${coverage === null ? "not known yet" : `${Math.round(coverage * 100)}%`}`,
    );
  }
  for (const goal of detail.goals?.goals ?? []) {
    if (goal.withheld !== null) continue;
    const latest = goal.weeks.at(-1);
    const before = goal.weeks.at(-2);
    if (!latest) continue;
    lines.push(
      `${goal.title}: ${latest.joined} joined${before ? ` (${moved(latest.joined, before.joined)} the week before's ${before.joined})` : ""}`,
    );
  }
  for (const team of detail.alignment?.teams ?? []) {
    if (team.concordance === null) continue;
    lines.push(`${team.teamName}: agreement W ${team.concordance.toFixed(2)}`);
  }
  return lines;
}

const moved = (now: number, before: number) =>
  now > before ? "up from" : now < before ? "down from" : "same as";
