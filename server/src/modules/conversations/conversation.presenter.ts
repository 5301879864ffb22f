import type {
  AgendaItem,
  AnswerRequest,
  Conversation,
  ConversationSummary,
  LeaderConversation,
  ListeningCheck,
} from "#contracts/conversations";
import { LISTENING_CHECK_KEYS } from "#core/conversations/listening";
import type { AnswerRow } from "../../db/schema";
import type { ConversationViewer } from "./conversation.policy";
import type { AnswerRequestRow, ConversationRow, ItemRow } from "./conversation.repository";

/** Rows to the contract's shapes: only listed fields leave, and the person's view has no private part. */
export function presentSummary(row: ConversationRow): ConversationSummary {
  return {
    id: row.id,
    leader: { id: row.leader_id, name: row.leader_name },
    person: { id: row.person_id, name: row.person_name },
    scheduledAt: row.scheduled_at,
    durationMinutes: row.duration_minutes,
    status: row.status,
    heldAt: row.held_at,
  };
}

export function presentItem(item: ItemRow): AgendaItem {
  return {
    id: item.id,
    author: item.author,
    kind: item.kind,
    text: item.text,
    facetId: item.facet_id,
    questionId: item.question_id,
    covered: item.covered === 1,
    carriedFrom: item.carried_from,
  };
}

/**
 * A request is open until the person has answered that facet after it was made (any answer of
 * theirs counts: they recorded it, whoever may read it).
 */
export function presentRequest(row: AnswerRequestRow, answers: AnswerRow[]): AnswerRequest {
  const answer = answers.find((a) => a.facet_id === row.facet_id);
  return {
    id: row.id,
    facetId: row.facet_id,
    facetKey: row.facet_key,
    facetTitle: row.facet_title,
    conversationId: row.conversation_id,
    requestedAt: row.created_at,
    open: !(answer && answer.updated_at > row.created_at),
  };
}

export function presentCheck(row: ConversationRow): ListeningCheck {
  const stored = row.listening_check;
  return {
    items: Object.fromEntries(
      LISTENING_CHECK_KEYS.map((key) => [key, stored[key] ?? null]),
    ) as ListeningCheck["items"],
    talkShare: row.talk_share,
    checkedAt: row.checked_at,
  };
}

export interface ConversationParts {
  row: ConversationRow;
  items: ItemRow[];
  requests: AnswerRequest[];
}

function sharedParts(parts: ConversationParts) {
  const { row } = parts;
  return {
    ...presentSummary(row),
    agenda: parts.items.map(presentItem),
    sharedNotes: row.shared_notes,
    answerRequests: parts.requests,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The leader's view: everything, the private notes, the loop and the self-check included. */
export function presentLeaderConversation(parts: ConversationParts): LeaderConversation {
  const { row } = parts;
  return {
    viewer: "leader",
    ...sharedParts(parts),
    privateNotes: row.private_notes,
    loop: {
      signal: row.loop_signal,
      signalAt: row.loop_signal_at,
      respondedAt: row.loop_response_at,
      closedAt: row.loop_closed_at,
    },
    listeningCheck: presentCheck(row),
  };
}

/** The conversation as the viewer may see it: the person's view never has the private parts. */
export function presentConversation(viewer: ConversationViewer, parts: ConversationParts): Conversation {
  return viewer === "leader" ? presentLeaderConversation(parts) : { viewer, ...sharedParts(parts) };
}
