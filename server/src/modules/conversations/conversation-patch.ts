import type { Transaction } from "kysely";
import type { ConversationPatchInput } from "#contracts/conversations";
import { LISTENING_CHECK_KEYS } from "#core/conversations/listening";
import type { Database } from "../../db/schema";
import { badRequest } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import type { AgendaDraft } from "./agenda";
import {
  type ConversationRow,
  type ConversationUpdate,
  conversationRepository,
  itemRepository,
} from "./conversation.repository";

type Patch = Omit<ConversationPatchInput, "agenda"> & {
  agenda?: (AgendaDraft & { id?: string | undefined })[] | undefined;
};

const instant = (text: string) => new Date(text).toISOString();

/** The loop's columns after the patch: a new signal dates from now unless it says when. */
function loopColumns(
  row: ConversationRow,
  loop: NonNullable<Patch["loop"]>,
  now: string,
): ConversationUpdate {
  const signal = loop.signal === undefined ? row.loop_signal : loop.signal;
  const pick = (given: string | null | undefined, stored: string | null) =>
    given === undefined ? stored : given === null ? null : instant(given);
  let signalAt = pick(loop.signalAt, row.loop_signal_at);
  if (signal !== null && signalAt === null) signalAt = now;
  if (signal === null && loop.signalAt === undefined) signalAt = null;
  const respondedAt = pick(loop.respondedAt, row.loop_response_at);
  const closedAt = pick(loop.closedAt, row.loop_closed_at);
  if (signal === null && respondedAt !== null)
    throw badRequest(
      "loop.respondedAt",
      "Invalid loop.respondedAt: record what you shared first.",
      "needs a signal",
    );
  if (signal === null && closedAt !== null)
    throw badRequest(
      "loop.closedAt",
      "Invalid loop.closedAt: record what you shared first.",
      "needs a signal",
    );
  return {
    loop_signal: signal,
    loop_signal_at: signalAt,
    loop_response_at: respondedAt,
    loop_closed_at: closedAt,
  };
}

/** The self-check's columns after the patch: the answers given replace those stored, the rest stay. */
function checkColumns(row: ConversationRow, check: NonNullable<Patch["listeningCheck"]>, now: string) {
  const items: Record<string, boolean | null> = {};
  for (const key of LISTENING_CHECK_KEYS) {
    const given = check.items?.[key];
    items[key] = given === undefined ? (row.listening_check[key] ?? null) : given;
  }
  return {
    listening_check: items,
    talk_share: check.talkShare === undefined ? row.talk_share : check.talkShare,
    checked_at: now,
  } satisfies ConversationUpdate;
}

/**
 * Replaces the leader's items with the agenda given, in its order: an item naming the id of one of
 * the leader's items keeps it (and what it carries over), one without is new, and the leader's
 * items left out go. The person's talking points stay, after them.
 */
async function replaceAgenda(
  trx: Transaction<Database>,
  conversationId: string,
  agenda: NonNullable<Patch["agenda"]>,
  now: string,
) {
  const items = await itemRepository.listFor(trx, [conversationId]);
  const leaders = new Map(items.filter((i) => i.author === "leader").map((i) => [i.id, i]));
  for (const [index, item] of agenda.entries())
    if (item.id !== undefined && !leaders.has(item.id))
      throw badRequest(
        `agenda.${index}.id`,
        "Invalid agenda item: it is not one of yours here.",
        "is not an item of yours",
      );
  const kept = new Set(agenda.flatMap((item) => (item.id ? [item.id] : [])));
  await itemRepository.delete(
    trx,
    [...leaders.keys()].filter((id) => !kept.has(id)),
  );
  const fields = (item: AgendaDraft, position: number) => ({
    position,
    kind: item.kind,
    text: item.text,
    facet_id: item.facetId,
    question_id: item.questionId,
  });
  const fresh = [];
  for (const [position, item] of agenda.entries()) {
    if (item.id) await itemRepository.update(trx, item.id, fields(item, position));
    else
      fresh.push({
        id: newId(),
        conversation_id: conversationId,
        author: "leader" as const,
        carried_from: null,
        created_at: now,
        ...fields(item, position),
      });
  }
  await itemRepository.insert(trx, fresh);
  const members = items.filter((i) => i.author === "member");
  for (const [index, item] of members.entries())
    if (item.position !== agenda.length + index)
      await itemRepository.update(trx, item.id, { position: agenda.length + index });
}

/** Marks exactly the items listed as covered (asked, or talked through), any other as not. */
async function markCovered(trx: Transaction<Database>, conversationId: string, covered: string[]) {
  const items = await itemRepository.listFor(trx, [conversationId]);
  const ids = new Set(items.map((i) => i.id));
  for (const [index, id] of covered.entries())
    if (!ids.has(id))
      throw badRequest(
        `covered.${index}`,
        "Invalid covered item: it is not on this agenda.",
        "is not on this agenda",
      );
  const wanted = new Set(covered);
  for (const item of items) {
    const flag = wanted.has(item.id) ? 1 : 0;
    if (item.covered !== flag) await itemRepository.update(trx, item.id, { covered: flag });
  }
}

/**
 * The leader's log of a conversation, in the caller's transaction: a 400 on any field rolls back
 * the whole patch. Marking it held records when; the loop and the self-check merge with what is
 * stored.
 */
export async function applyPatch(
  trx: Transaction<Database>,
  row: ConversationRow,
  patch: Patch,
  now: string,
): Promise<void> {
  const update: ConversationUpdate = { updated_at: now };
  if (patch.scheduledAt !== undefined) update.scheduled_at = instant(patch.scheduledAt);
  if (patch.durationMinutes !== undefined) update.duration_minutes = patch.durationMinutes;
  if (patch.status !== undefined) {
    update.status = patch.status;
    update.held_at = patch.status === "held" ? (row.held_at ?? now) : null;
  }
  if (patch.sharedNotes !== undefined) update.shared_notes = patch.sharedNotes;
  if (patch.privateNotes !== undefined) update.private_notes = patch.privateNotes;
  if (patch.loop !== undefined) Object.assign(update, loopColumns(row, patch.loop, now));
  if (patch.listeningCheck !== undefined) Object.assign(update, checkColumns(row, patch.listeningCheck, now));
  if (patch.agenda !== undefined) await replaceAgenda(trx, row.id, patch.agenda, now);
  if (patch.covered !== undefined) await markCovered(trx, row.id, patch.covered);
  await conversationRepository.update(trx, row.id, update);
}
