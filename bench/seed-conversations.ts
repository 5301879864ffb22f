import { randomUUID } from "node:crypto";
import { LISTENING_CHECK_KEYS } from "#core/conversations/listening";
import type { Row, RowMaker } from "./seed-rows";

const DAY = 86_400_000;
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * A leader's conversations with one person, as planning and logging write them: up to three
 * held in the last four months, each with an agenda, notes and often the listening self-check;
 * for about half, one planned in the next two weeks that carries over what the last one left
 * uncovered; and a cadence for about half. Returns the planned one's id, if any.
 */
export function conversationsOf(
  m: RowMaker,
  leaderId: string,
  personId: string,
  since: number,
): string | null {
  const held = m.weighted([
    [0, 0.3],
    [1, 0.35],
    [2, 0.25],
    [3, 0.1],
  ] as const);
  let uncovered: Row[] = [];
  const starts = Array.from({ length: held }, () =>
    m.between(Math.max(since, m.now - 120 * DAY), m.now - DAY),
  ).sort((a, b) => a - b);
  for (const at of starts) {
    const id = randomUUID();
    const heldAt = at + 30 * MINUTE;
    const checked = m.random() < 0.6;
    const talkShare = 25 + Math.floor(m.random() * 50);
    m.add("conversations", {
      id,
      workspace_id: m.workspaceId,
      leader_id: leaderId,
      person_id: personId,
      scheduled_at: iso(at),
      duration_minutes: 30,
      status: "held",
      held_at: iso(heldAt),
      shared_notes: m.pick(NOTES),
      private_notes: m.random() < 0.3 ? "Follow up on workload next time." : "",
      loop_signal: null,
      loop_signal_at: null,
      loop_response_at: null,
      loop_closed_at: null,
      listening_check: checked
        ? JSON.stringify(Object.fromEntries(LISTENING_CHECK_KEYS.map((key) => [key, m.random() < 0.7])))
        : null,
      talk_share: checked ? talkShare : null,
      checked_at: checked ? iso(heldAt) : null,
      created_at: iso(at - 3 * DAY),
      updated_at: iso(heldAt),
    });
    uncovered = agenda(m, id, at - 3 * DAY, [], true);
  }
  if (m.random() < 0.5)
    m.add("cadences", {
      leader_id: leaderId,
      person_id: personId,
      rhythm: m.pick(["weekly", "fortnightly", "monthly"] as const),
      updated_at: iso(m.between(since, m.now)),
    });
  if (m.random() >= 0.5) return null;
  const id = randomUUID();
  const createdAt = m.now - Math.floor(m.random() * 3 * DAY) - MINUTE;
  m.add("conversations", {
    id,
    workspace_id: m.workspaceId,
    leader_id: leaderId,
    person_id: personId,
    scheduled_at: iso(m.now + DAY + Math.floor(m.random() * 13 * DAY)),
    duration_minutes: 30,
    // What the columns' defaults give a conversation just planned, spelled out so every row
    // of a batch has the same columns.
    ...PLANNED,
    created_at: iso(createdAt),
    updated_at: iso(createdAt),
  });
  agenda(m, id, createdAt, uncovered, false);
  return id;
}

/** A conversation's agenda: two or three of the leader's items, then those carried over. Returns the uncovered. */
function agenda(m: RowMaker, conversationId: string, at: number, carried: Row[], held: boolean): Row[] {
  const count = 2 + Math.floor(m.random() * 2);
  const items: Row[] = [];
  for (let position = 0; position < count; position++) {
    const facet = m.pick(m.facets);
    const question = m.random() < 0.6;
    items.push({
      id: randomUUID(),
      conversation_id: conversationId,
      position,
      author: "leader",
      kind: question ? "question" : "topic",
      text: question ? m.pick(QUESTIONS) : m.pick(TOPICS),
      facet_id: question ? facet.id : null,
      question_id: null,
      covered: held && m.random() < 0.8 ? 1 : 0,
      carried_from: null,
      created_at: iso(at),
    });
  }
  for (const [index, item] of carried.entries()) {
    items.push({
      ...item,
      id: randomUUID(),
      conversation_id: conversationId,
      position: count + index,
      covered: 0,
      carried_from: item.id,
      created_at: iso(at),
    });
  }
  for (const item of items) m.add("conversation_items", item);
  return items.filter((item) => item.covered === 0);
}

const PLANNED = {
  status: "planned",
  held_at: null,
  shared_notes: "",
  private_notes: "",
  loop_signal: null,
  loop_signal_at: null,
  loop_response_at: null,
  loop_closed_at: null,
  listening_check: null,
  talk_share: null,
  checked_at: null,
} as const;

const NOTES = [
  "Talked through the release plan and what gets in the way of focus.",
  "Agreed to move the weekly sync to the afternoon.",
  "Went over the feedback from the last project; next step is a written summary.",
  "Discussed growth: interested in leading the next migration.",
] as const;

const QUESTIONS = [
  "What took more energy than it should have this week?",
  "When did you last feel you did your best work?",
  "What would you change about how we run our meetings?",
  "How do you prefer to hear feedback from me?",
] as const;

const TOPICS = ["Project status", "Holiday plans", "Training budget", "On-call rota"] as const;
