import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { type ConversationRow, conversationRepository } from "./conversation.repository";

/** A planned conversation as reminders and calendar feeds need it: when, how long, and who. */
export interface PlannedConversation {
  id: string;
  workspaceId: string;
  scheduledAt: string;
  durationMinutes: number;
  leader: { id: string; name: string };
  person: { id: string; name: string };
}

const present = (row: ConversationRow): PlannedConversation => ({
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
  const rows = await conversationRepository.plannedBetween(db, from.toISOString(), to.toISOString());
  return rows.map(present);
}

/** A user's conversations still planned from `from` on, as leader or as the person (their calendar feed). */
export async function plannedFor(
  db: Kysely<Database>,
  userId: string,
  from: Date,
): Promise<PlannedConversation[]> {
  const rows = await conversationRepository.plannedFor(db, userId, from.toISOString());
  return rows.map(present);
}
