import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import type { GoalFacts } from "./goal.presenter";
import { type GoalRow, goalRepository as repository } from "./goal.repository";

/** Each goal's facts, in one query per table. */
export async function factsOf(db: Kysely<Database>, goals: GoalRow[]): Promise<Map<string, GoalFacts>> {
  const ids = goals.map((g) => g.id);
  const teamIds = [...new Set(goals.map((g) => g.team_id))];
  const [peopleOf, stances, events, thanks] = await Promise.all([
    repository.people(db, teamIds),
    repository.stances(db, ids),
    repository.stanceEvents(db, ids),
    repository.thanks(db, ids),
  ]);
  return new Map(
    goals.map((g) => [
      g.id,
      {
        people: peopleOf.get(g.team_id) ?? [],
        stances: stances.filter((s) => s.goal_id === g.id),
        events: events.get(g.id) ?? [],
        thanks: thanks.filter((t) => t.goal_id === g.id),
      },
    ]),
  );
}
