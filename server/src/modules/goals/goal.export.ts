import type { Kysely } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { Database } from "../../db/schema";
import { goalRepository as repository } from "./goal.repository";

/**
 * The export's goals, on the teams the person is on now: where they placed themselves on each
 * ladder, and as a leader where they think each person they lead now stands, and the goals they
 * stated. Nobody else's stated stance.
 */
export async function goalsExportOf(db: Kysely<Database>, auth: AuthContext): Promise<Export["goals"]> {
  const [goals, pairs] = await Promise.all([
    repository.ofTeamsOf(db, auth.userId),
    relations.pairs(db, auth),
  ]);
  const ids = goals.map((g) => g.id);
  const [stances, perceived] = await Promise.all([
    repository.stances(db, ids),
    repository.perceivedBy(db, auth.userId, ids),
  ]);
  const goalOf = new Map(goals.map((g) => [g.id, { id: g.id, title: g.title, teamId: g.team_id }]));
  const led = new Map(pairs.leads.map((p) => [p.id, { id: p.id, name: p.name }]));
  return {
    stances: stances.flatMap((s) => {
      const goal = goalOf.get(s.goal_id);
      if (s.user_id !== auth.userId || !goal) return [];
      return [
        {
          goal,
          stance: s.stance,
          visibility: s.visibility,
          statedAt: s.stated_at,
          named: s.consent_named === 1,
        },
      ];
    }),
    perceivedStances: perceived.flatMap((p) => {
      const goal = goalOf.get(p.goal_id);
      const person = led.get(p.person_id);
      if (!goal || !person) return [];
      return [
        { goal, person, stance: p.stance, afterStated: p.after_stated === 1, recordedAt: p.recorded_at },
      ];
    }),
    written: goals
      .filter((g) => g.created_by === auth.userId)
      .map((g) => ({
        id: g.id,
        teamId: g.team_id,
        title: g.title,
        why: g.why,
        firstStep: g.first_step,
        status: g.status,
        createdAt: g.created_at,
        updatedAt: g.updated_at,
      })),
  };
}
