import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

/** One side of a conversation, as a reminder or a calendar feed needs them. */
export interface ConversationParty {
  id: string;
  name: string;
  email: string;
  /** The IANA zone their mails and feed show times in. */
  timeZone: string;
  remindersEnabled: boolean;
}

/** A conversation with a time: when, how long, and between whom. No notes, no agenda. */
export interface ScheduledConversation {
  id: string;
  workspaceId: string;
  scheduledAt: string;
  durationMinutes: number;
  leader: ConversationParty;
  person: ConversationParty;
}

/**
 * Conversations between active people where the leader still leads the person on some team: what
 * a leader wrote about someone they no longer lead stays out of sight, as everywhere else.
 */
function scheduled(db: Kysely<Database>) {
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
      "leader.email as leader_email",
      "leader.time_zone as leader_time_zone",
      "leader.reminders_enabled as leader_reminders",
      "person.id as person_id",
      "person.name as person_name",
      "person.email as person_email",
      "person.time_zone as person_time_zone",
      "person.reminders_enabled as person_reminders",
    ])
    .where("leader.deactivated_at", "is", null)
    .where("person.deactivated_at", "is", null)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("team_memberships as lead")
          .innerJoin("team_memberships as m", "m.team_id", "lead.team_id")
          .select("lead.team_id")
          .whereRef("lead.user_id", "=", "c.leader_id")
          .where("lead.role", "=", "leader")
          .whereRef("m.user_id", "=", "c.person_id")
          .where("m.role", "=", "member"),
      ),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof scheduled>["execute"]>>[number];

function present(row: Row): ScheduledConversation {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    scheduledAt: row.scheduled_at,
    durationMinutes: row.duration_minutes,
    leader: {
      id: row.leader_id,
      name: row.leader_name,
      email: row.leader_email,
      timeZone: row.leader_time_zone,
      remindersEnabled: row.leader_reminders === 1,
    },
    person: {
      id: row.person_id,
      name: row.person_name,
      email: row.person_email,
      timeZone: row.person_time_zone,
      remindersEnabled: row.person_reminders === 1,
    },
  };
}

/**
 * Conversations still planned that start in [from, to) (ISO instants), in every workspace, by
 * start: what the day-before reminder mails about.
 */
export async function plannedBetween(
  db: Kysely<Database>,
  from: string,
  to: string,
): Promise<ScheduledConversation[]> {
  const rows = await scheduled(db)
    .where("c.status", "=", "planned")
    .where("c.scheduled_at", ">=", from)
    .where("c.scheduled_at", "<", to)
    .orderBy("c.scheduled_at")
    .orderBy("c.id")
    .execute();
  return rows.map(present);
}

/**
 * A person's conversations on a calendar, as leader and as member, from `since` on: those still
 * planned and those held (a conversation logged stays where it was in the calendar); cancelled
 * ones are left out. By start.
 */
export async function plannedFor(
  db: Kysely<Database>,
  userId: string,
  since: string,
): Promise<ScheduledConversation[]> {
  const rows = await scheduled(db)
    .where((eb) => eb.or([eb("c.leader_id", "=", userId), eb("c.person_id", "=", userId)]))
    .where("c.status", "in", ["planned", "held"])
    .where("c.scheduled_at", ">=", since)
    .orderBy("c.scheduled_at")
    .orderBy("c.id")
    .execute();
  return rows.map(present);
}
