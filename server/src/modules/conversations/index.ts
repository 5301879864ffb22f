/**
 * The face of the conversations module (a leader's 1:1s with the people they lead, their agendas,
 * notes, loops and self-checks, cadences and answer requests): what other modules and app.ts may use.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { conversationRepository } from "./conversation.repository";

export { conversationRoutes } from "./conversation.routes";
export { type PlannedConversation, plannedBetween, plannedFor } from "./schedule";

/** When the leader last held a conversation with each of these people (absent: never). */
export async function lastConversationsOf(
  db: Kysely<Database>,
  leaderId: string,
  personIds: string[],
): Promise<Map<string, Date>> {
  const rows = await conversationRepository.lastHeldAt(db, leaderId, personIds);
  return new Map(rows.flatMap((row) => (row.last ? [[row.person_id, new Date(row.last)] as const] : [])));
}

/** Whether the conversation, in this workspace, is one between the leader and the person. */
export async function isConversationOf(
  db: Kysely<Database>,
  workspaceId: string,
  conversationId: string,
  pair: { leaderId: string; personId: string },
): Promise<boolean> {
  const row = await conversationRepository.find(db, workspaceId, conversationId);
  return row?.leader_id === pair.leaderId && row.person_id === pair.personId;
}

/**
 * Forgets each leader's conversations (with their items), cadences and answer requests about people
 * they no longer lead, in the caller's transaction, which has moved the data version. Deleting a
 * team calls it, beside forgetting the knowledge.
 */
export async function forgetConversations(
  trx: Transaction<Database>,
  forgotten: { leaderId: string; personIds: string[] }[],
): Promise<void> {
  for (const { leaderId, personIds } of forgotten)
    await conversationRepository.forget(trx, leaderId, personIds);
}

export { type PracticeRow, practiceRowsOf } from "./conversation-practice";
export { conversationSignals, hasHeldConversation, memberConversationSignals } from "./conversation-signals";
