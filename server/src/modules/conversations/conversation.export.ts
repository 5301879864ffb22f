import type { Kysely } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { Database } from "../../db/schema";
import { conversationPolicy } from "./conversation.policy";
import { presentConversation } from "./conversation.presenter";
import { type ConversationRow, conversationRepository } from "./conversation.repository";
import { partsOf } from "./conversation.service";

/**
 * The export's conversations, newest first, each as `GET /conversations/:id` shows it to the
 * viewer: the leader's view (private notes, loop and self-check included) of those with the people
 * they lead now, and the person's view (never the private parts) of their own with any leader.
 */
export async function conversationsExportOf(
  db: Kysely<Database>,
  auth: AuthContext,
): Promise<Export["conversations"]> {
  const pairs = await relations.pairs(db, auth);
  const [asPerson, ...asLeader] = await Promise.all([
    conversationRepository.listFor(db, auth.workspaceId, auth.userId),
    ...pairs.leads.map((p) => conversationRepository.listFor(db, auth.workspaceId, p.id, auth.userId)),
  ]);
  const viewed = [
    ...(asPerson ?? []).map((row) => ({ row, relation: "self" as const })),
    ...asLeader.flat().map((row) => ({ row, relation: "leader" as const })),
  ].flatMap(({ row, relation }) => {
    const viewer = conversationPolicy.viewerOf(auth, row, relation);
    return viewer ? [{ row, viewer }] : [];
  });
  const newestFirst = (a: { row: ConversationRow }, b: { row: ConversationRow }) =>
    b.row.scheduled_at.localeCompare(a.row.scheduled_at) || a.row.id.localeCompare(b.row.id);
  return Promise.all(
    viewed
      .sort(newestFirst)
      .map(async ({ row, viewer }) => presentConversation(viewer, await partsOf(db, row, row))),
  );
}
