import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** A planned conversation as reminders and calendar feeds need it: when, how long, and who. */
export interface PlannedConversation {
  id: string;
  workspaceId: string;
  scheduledAt: string;
  durationMinutes: number;
  leader: { id: string; name: string };
  person: { id: string; name: string };
}

function planned(db: Kysely<Database>) {
  return db
    .selectFrom("conversations as c")
    .innerJoin("users as leader", "leader.id", "c.leader_id")
    .innerJoin("users as person", "person.id", "c.person_id")
    .select([
      "c.id",
      "c.workspace_id",
      "c.scheduled_at",
      "c.duration_minutes",
      "leader.id as leader_id",
      "leader.name as leader_name",
      "person.id as person_id",
      "person.name as person_name",
    ])
    .where("c.status", "=", "planned");
}

type Row = Awaited<ReturnType<ReturnType<typeof planned>["execute"]>>[number];

const present = (row: Row): PlannedConversation => ({
  id: row.id,
  workspaceId: row.workspace_id,
  scheduledAt: row.scheduled_at,
  durationMinutes: row.duration_minutes,
  leader: { id: row.leader_id, name: row.leader_name },
  person: { id: row.person_id, name: row.person_name },
});

/** Every workspace's conversations still planned that start in [from, to) (the day-before reminder). */
export async function plannedBetween(
  db: Kysely<Database>,
  from: Date,
  to: Date,
): Promise<PlannedConversation[]> {
  const rows = await planned(db)
    .where("c.scheduled_at", ">=", from.toISOString())
    .where("c.scheduled_at", "<", to.toISOString())
    .orderBy("c.scheduled_at")
    .orderBy("c.id")
    .execute();
  return rows.map(present);
}

/** A user's conversations still planned from `from` on, as leader or as the person (their calendar feed). */
export async function plannedFor(
  db: Kysely<Database>,
  userId: string,
  from: Date,
): Promise<PlannedConversation[]> {
  const rows = await planned(db)
    .where((eb) => eb.or([eb("c.leader_id", "=", userId), eb("c.person_id", "=", userId)]))
    .where("c.scheduled_at", ">=", from.toISOString())
    .orderBy("c.scheduled_at")
    .orderBy("c.id")
    .execute();
  return rows.map(present);
}
