/**
 * The face of the goals module (common goals, the stance ladder, first followers, the adoption
 * curve): its routes for app.ts, what the audit and the homes read (a leader's stance gaps, a
 * member's goals to place themselves on, a leader's goals with gaps and unthanked first
 * followers), and what the demo writes through. Goals go with their team (the tables cascade), so
 * team deletion needs nothing here.
 */
import type { Kysely } from "kysely";
import { type Stance, stanceGap } from "#core/movement/stances";
import { canSeeAnswer } from "#core/privacy/visibility";
import type { Database } from "../../db/schema";
import { factsOf } from "./goal.facts";
import { followersOf, type GoalFacts, lookedAtCurrent, membersOf } from "./goal.presenter";
import { type GoalRow, goalRepository as repository } from "./goal.repository";

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

/** Each of the leader's gaps on the given goals, where the stated stance is visible to them and looked at. */
async function gapsOn(
  db: Kysely<Database>,
  leaderId: string,
  goals: { goal: GoalRow; facts: GoalFacts }[],
): Promise<StanceGapItem[]> {
  const ids = goals.map((g) => g.goal.id);
  const [perceived, looks] = await Promise.all([
    repository.perceivedBy(db, leaderId, ids),
    repository.looksBy(db, leaderId, ids),
  ]);
  const key = (goalId: string, personId: string) => `${goalId}:${personId}`;
  const lookOf = new Map(looks.map((l) => [key(l.goal_id, l.person_id), l]));
  return goals.flatMap(({ goal, facts }) => {
    const members = membersOf(facts.people);
    return perceived.flatMap((p) => {
      if (p.goal_id !== goal.id || !members.has(p.person_id)) return [];
      const stated = facts.stances.find((s) => s.user_id === p.person_id);
      if (!stated || !canSeeAnswer(stated.visibility, "leader")) return [];
      if (!lookedAtCurrent(stated, lookOf.get(key(goal.id, p.person_id)))) return [];
      const gap = stanceGap(p.stance, stated.stance);
      if (gap.kind !== "gap") return [];
      return [
        {
          goalId: goal.id,
          goalTitle: goal.title,
          teamId: goal.team_id,
          personId: p.person_id,
          perceived: p.stance,
          stated: stated.stance,
          distance: gap.distance,
          perceivedAt: p.recorded_at,
        },
      ];
    });
  });
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
 * For a leader's home: each active goal of the teams they lead, with how many stance gaps they
 * hold on it and its first followers (named ones: thanks are in the open) not yet thanked.
 */
export async function goalsForLeaderHome(
  db: Kysely<Database>,
  leaderId: string,
): Promise<
  { goalId: string; title: string; gaps: number; unthanked: { personId: string; name: string }[] }[]
> {
  const goals = await goalsOf(db, leaderId, "leader");
  const gaps = await gapsOn(db, leaderId, goals);
  return goals.map(({ goal, facts }) => ({
    goalId: goal.id,
    title: goal.title,
    gaps: gaps.filter((g) => g.goalId === goal.id).length,
    unthanked: followersOf(facts, leaderId, true).flatMap((f) =>
      f.first && f.person && !f.thanked ? [{ personId: f.person.id, name: f.person.name }] : [],
    ),
  }));
}
