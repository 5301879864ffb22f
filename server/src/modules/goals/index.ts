/**
 * The face of the goals module (common goals, the stance ladder, first followers, the adoption
 * curve): its routes for app.ts, what the audit and the homes read (a leader's stance gaps, a
 * member's goals to place themselves on, a leader's stance gaps with unthanked first followers),
 * and what the demo writes through. Goals go with their team (the tables cascade), so
 * team deletion needs nothing here.
 */
import type { Kysely } from "kysely";
import { adoptionSeries, hasJoined, STANCES, type Stance, stanceGap } from "#core/movement/stances";
import { curveWithheldMessage, effectiveThreshold } from "#core/privacy/anonymity";
import type { Database } from "../../db/schema";
import { anonymityThresholds } from "../pulses";
import { factsOf } from "./goal.facts";
import { curveEvents, followersOf, type GoalFacts, sharedStances } from "./goal.presenter";
import { goalRepository as repository } from "./goal.repository";

export { goalsExportOf } from "./goal.export";
export { goalRoutes } from "./goal.routes";

/** A perceived stance two rungs or more from the stated one: an assumption proved wrong. */
export interface StanceGapItem {
  goalId: string;
  goalTitle: string;
  teamId: string;
  personId: string;
  perceived: Stance;
  stated: Stance;
  distance: number;
  perceivedAt: string;
}

/** The active goals of the teams the person is on with this role, and each goal's facts. */
async function goalsOf(db: Kysely<Database>, userId: string, role: "leader" | "member") {
  const goals = await repository.activeOfTeams(db, await repository.teamsWithRole(db, userId, role));
  const facts = await factsOf(db, goals);
  return goals.map((goal) => ({ goal, facts: facts.get(goal.id) as GoalFacts }));
}

/**
 * For the audit: the leader's stance gaps (kind `gap`) on the active goals of the teams they lead
 * now, for these people, where the stated stance is visible to the leader and looked at (one query).
 */
export async function stanceGapsOf(
  db: Kysely<Database>,
  leaderId: string,
  personIds: readonly string[],
): Promise<StanceGapItem[]> {
  const rows = await repository.perceivedBesideLookedAt(db, leaderId, personIds);
  return rows.flatMap((row) => {
    const gap = stanceGap(row.perceived, row.stated);
    if (gap.kind !== "gap") return [];
    return [
      {
        goalId: row.goal_id,
        goalTitle: row.goal_title,
        teamId: row.team_id,
        personId: row.person_id,
        perceived: row.perceived,
        stated: row.stated,
        distance: gap.distance,
        perceivedAt: row.recorded_at,
      },
    ];
  });
}

/** For a member's home: the active goals of the teams they are a member of, where they have no stance. */
export async function goalsToPlace(
  db: Kysely<Database>,
  userId: string,
): Promise<{ goalId: string; title: string; teamName: string }[]> {
  const goals = await repository.activeOfTeams(db, await repository.teamsWithRole(db, userId, "member"));
  const placed = new Set(
    (
      await repository.stances(
        db,
        goals.map((g) => g.id),
      )
    )
      .filter((s) => s.user_id === userId)
      .map((s) => s.goal_id),
  );
  return goals
    .filter((g) => !placed.has(g.id))
    .map((g) => ({ goalId: g.id, title: g.title, teamName: g.team_name }));
}

/**
 * For a leader's home, in one call: the leader's stance gaps for these people (as for the audit)
 * and the first followers (named ones: thanks are in the open) of the active goals of the teams
 * they lead, not yet thanked.
 */
export async function goalsForLeaderHome(
  db: Kysely<Database>,
  leaderId: string,
  personIds: readonly string[],
): Promise<{
  stanceGaps: StanceGapItem[];
  unthankedFollowers: { goalId: string; goalTitle: string; personId: string; personName: string }[];
}> {
  const [stanceGaps, goals] = await Promise.all([
    stanceGapsOf(db, leaderId, personIds),
    goalsOf(db, leaderId, "leader"),
  ]);
  return {
    stanceGaps,
    unthankedFollowers: goals.flatMap(({ goal, facts }) =>
      followersOf(facts, leaderId, true).flatMap((f) =>
        f.first && f.person && !f.thanked
          ? [{ goalId: goal.id, goalTitle: goal.title, personId: f.person.id, personName: f.person.name }]
          : [],
      ),
    ),
  };
}

/** A goal's adoption as counts by week, for someone outside the team (a coach): no person, no name. */
export interface GoalAdoptionCounts {
  goalId: string;
  title: string;
  teamName: string;
  weeks: { weekStart: string; joined: number; stated: number }[];
  withheld: string | null;
}

/**
 * For a coach granted a leader's goals: each active goal of the teams the leader leads, its shared
 * stated stances counted by week (all stated, and joined: `supportive` or above), withheld as it is
 * from the team's members while fewer than the workspace's score threshold have shared a stance.
 */
export async function adoptionCountsOf(
  db: Kysely<Database>,
  workspaceId: string,
  leaderId: string,
  now: string,
): Promise<GoalAdoptionCounts[]> {
  const [goals, thresholds] = await Promise.all([
    goalsOf(db, leaderId, "leader"),
    anonymityThresholds(db, workspaceId),
  ]);
  const threshold = effectiveThreshold(thresholds.scoreThreshold);
  return goals.map(({ goal, facts }) => {
    const base = { goalId: goal.id, title: goal.title, teamName: goal.team_name };
    if (sharedStances(facts).length < threshold)
      return {
        ...base,
        weeks: [],
        withheld: curveWithheldMessage(threshold),
      };
    const series = adoptionSeries(curveEvents(facts), { from: goal.created_at, to: now });
    return {
      ...base,
      weeks: series.weeks.map(({ weekStart, counts }) => ({
        weekStart,
        joined: STANCES.filter(hasJoined).reduce((sum, s) => sum + counts[s], 0),
        stated: STANCES.reduce((sum, s) => sum + counts[s], 0),
      })),
      withheld: null,
    };
  });
}
