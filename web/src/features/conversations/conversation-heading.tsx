import { formatDateTime } from "../../lib/format";
import type { ConversationStatus, ConversationSummary } from "./conversations.api";

export const STATUS_TEXT: Record<ConversationStatus, string> = {
  planned: "Planned",
  held: "Held",
  cancelled: "Cancelled",
};

/** When a conversation is, or was, and for how long. */
export function whenText(conversation: ConversationSummary): string {
  const at = conversation.heldAt ?? conversation.scheduledAt;
  return `${formatDateTime(at)} · ${conversation.durationMinutes} minutes`;
}

export function StatusBadge({ status }: { status: ConversationStatus }) {
  return (
    <span className={`badge conversation-status conversation-status--${status}`}>
      <span className="visually-hidden">Status: </span>
      {STATUS_TEXT[status]}
    </span>
  );
}
