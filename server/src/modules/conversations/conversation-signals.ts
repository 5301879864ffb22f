import type { Kysely } from "kysely";
import type { HomeAnswerRequest, HomeConversation, HomeOpenLoop, HomeOverdue } from "#contracts/home";
import { dueDay, isOverdue } from "#core/conversations/cadence";
import { isLoopLingering } from "#core/conversations/loop";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { currentAnswers } from "../answers";
import { presentRequest } from "./conversation.presenter";
import {
  answerRequestRepository,
  type ConversationRow,
  cadenceRepository,
  conversationRepository,
} from "./conversation.repository";

const asHomeConversation = (row: ConversationRow): HomeConversation => ({
  conversationId: row.id,
  personId: row.person_id,
  personName: row.person_name,
  leaderId: row.leader_id,
  leaderName: row.leader_name,
  scheduledAt: row.scheduled_at,
});

/**
 * What a leader's home says of their conversations with the people they lead now: who is overdue
 * by the leader's cadence (nothing planned from now on, and the day the next was due, counted from
 * the last held conversation or from when the rhythm was set, is before today), the loops with a
 * signal and no close for more than 14 days, and the conversations planned from now on.
 */
export async function conversationSignals(
  db: Kysely<Database>,
  leaderId: string,
  people: { personId: string; name: string }[],
  now: Date,
): Promise<{
  overduePeople: HomeOverdue[];
  openLoops: HomeOpenLoop[];
  upcomingConversations: HomeConversation[];
}> {
  const led = new Map(people.map((p) => [p.personId, p.name]));
  const ids = [...led.keys()];
  const [planned, held, cadences, loops] = await Promise.all([
    conversationRepository.byStatus(db, leaderId, "planned"),
    conversationRepository.lastHeldAt(db, leaderId, ids),
    cadenceRepository.listFor(db, leaderId, ids),
    conversationRepository.unclosedLoops(db, leaderId),
  ]);
  const upcoming = planned.filter((c) => led.has(c.person_id) && new Date(c.scheduled_at) >= now);
  const planning = new Set(upcoming.map((c) => c.person_id));
  const lastHeld = new Map(held.flatMap((h) => (h.last ? [[h.person_id, h.last] as const] : [])));
  const overduePeople: HomeOverdue[] = [];
  for (const cadence of cadences) {
    const last = lastHeld.get(cadence.person_id) ?? null;
    const since = new Date(last ?? cadence.updated_at);
    const due = dueDay(cadence.rhythm, since);
    if (
      due === null ||
      !isOverdue({ rhythm: cadence.rhythm, since, planned: planning.has(cadence.person_id), now })
    )
      continue;
    overduePeople.push({
      personId: cadence.person_id,
      personName: led.get(cadence.person_id) ?? "",
      rhythm: cadence.rhythm,
      lastConversationAt: last,
      dueOn: due,
    });
  }
  overduePeople.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.personName.localeCompare(b.personName));
  const openLoops = loops
    .filter(
      (c) =>
        led.has(c.person_id) &&
        isLoopLingering(
          { signalAt: c.loop_signal_at ? new Date(c.loop_signal_at) : null, closedAt: null },
          now,
        ),
    )
    .map((c) => ({
      conversationId: c.id,
      personId: c.person_id,
      personName: c.person_name,
      signalAt: c.loop_signal_at ?? "",
    }));
  return { overduePeople, openLoops, upcomingConversations: upcoming.map(asHomeConversation) };
}

/**
 * What a member's home says of their conversations: those planned with their leaders from now on,
 * and the answers their leaders asked them to record that they have not answered since. Only from
 * the leaders who lead them now (`relations.pairs`): what a leader planned or asked is out of sight
 * while they no longer lead the person, as it is to that leader, and back when they do again.
 */
export async function memberConversationSignals(
  db: Kysely<Database>,
  auth: AuthContext,
  now: Date,
): Promise<{ upcomingConversations: HomeConversation[]; answerRequests: HomeAnswerRequest[] }> {
  const [planned, requests, answers, pairs] = await Promise.all([
    conversationRepository.plannedForPerson(db, auth.userId, iso(now)),
    answerRequestRepository.ofPerson(db, auth.userId),
    currentAnswers(db, auth.userId),
    relations.pairs(db, auth),
  ]);
  const leaders = new Set(pairs.ledBy.map((leader) => leader.id));
  return {
    upcomingConversations: planned.filter((c) => leaders.has(c.leader_id)).map(asHomeConversation),
    answerRequests: requests
      .filter((request) => leaders.has(request.leader_id) && presentRequest(request, answers).open)
      .map((request) => ({
        id: request.id,
        facetId: request.facet_id,
        facetKey: request.facet_key,
        facetTitle: request.facet_title,
        leaderId: request.leader_id,
        leaderName: request.leader_name,
        requestedAt: request.created_at,
      })),
  };
}

/** Whether the leader has held a conversation (the first-week checklist's last step). */
export const hasHeldConversation = (db: Kysely<Database>, leaderId: string) =>
  conversationRepository.hasHeld(db, leaderId);
