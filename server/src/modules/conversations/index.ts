/**
 * The face of the conversations module (a leader's 1:1s with the people they lead, their agendas,
 * notes, loops and self-checks, cadences and answer requests): what other modules and app.ts may use.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { conversationRepository } from "./conversation.repository";

export { conversationsExportOf } from "./conversation.export";
export { conversationRoutes } from "./conversation.routes";
export { type PlannedConversation, plannedBetween, plannedFor } from "./schedule";

/** What the leader's held conversations with one person tell the audit. */
export interface HeldConversations {
  /** When the last one took place. */
  lastAt: Date;
  /** The question ids marked as asked, one array per conversation, the most recent conversation first. */
  asked: string[][];
}

/**
 * For each of these people the leader has held a conversation with: when the last one took place,
 * and the questions asked in the last `lastN` (absent: never met). One query.
 */
export async function heldConversationsOf(
  db: Kysely<Database>,
  leaderId: string,
  personIds: string[],
  lastN: number,
): Promise<Map<string, HeldConversations>> {
  const rows = await conversationRepository.recentHeldWithAsked(db, leaderId, personIds, lastN);
  const held = new Map<string, HeldConversations & { ids: string[] }>();
  for (const row of rows) {
    let person = held.get(row.person_id);
    if (!person) {
      person = { lastAt: new Date(row.scheduled_at), asked: [], ids: [] };
      held.set(row.person_id, person);
    }
    if (person.ids.at(-1) !== row.id) {
      person.ids.push(row.id);
      person.asked.push([]);
    }
    if (row.question_id !== null) person.asked.at(-1)?.push(row.question_id);
  }
  return new Map([...held].map(([personId, { lastAt, asked }]) => [personId, { lastAt, asked }]));
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
