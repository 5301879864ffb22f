import type { Kysely } from "kysely";
import { LISTENING_CHECK_KEYS, type ListeningCheckAnswers } from "#core/conversations/listening";
import type { PracticeConversation } from "#core/practice/figures";
import type { Database } from "../../db/schema";
import { conversationRepository, itemRepository } from "./conversation.repository";

/**
 * One conversation as the practice figures read it (`PracticeConversation` of core/practice): no
 * notes and no words of the loop, only its status and dates, the agenda's questions (their words,
 * for the question linter, and whether they were asked), the loop's dates and the self-check. With
 * its id and the person, so the figures may count per person.
 */
export type PracticeRow = PracticeConversation & { id: string; personId: string };

/** The leader's conversations with these people (those they lead now), oldest first, for their figures. */
export async function practiceRowsOf(
  db: Kysely<Database>,
  workspaceId: string,
  leaderId: string,
  personIds: string[],
): Promise<PracticeRow[]> {
  const rows = await conversationRepository.withPeople(db, workspaceId, leaderId, personIds);
  const items = await itemRepository.listFor(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    personId: row.person_id,
    status: row.status,
    scheduledAt: row.scheduled_at,
    heldAt: row.held_at,
    questions: items
      .filter((i) => i.conversation_id === row.id && i.kind === "question")
      .map((i) => ({ text: i.text, covered: i.covered === 1 })),
    loopSignalAt: row.loop_signal_at,
    loopClosedAt: row.loop_closed_at,
    listeningCheck: row.checked_at === null ? null : answersOf(row.listening_check),
    talkShare: row.talk_share,
  }));
}

/** The stored answers, item by item of the checklist (a key the checklist no longer has is left out). */
function answersOf(stored: Record<string, boolean | null>): Partial<ListeningCheckAnswers> {
  const answers: Partial<ListeningCheckAnswers> = {};
  for (const key of LISTENING_CHECK_KEYS) {
    const answer = stored[key];
    if (answer !== undefined) answers[key] = answer;
  }
  return answers;
}
