import type { Commitment } from "#contracts/commitments";
import { isOverdue } from "#core/practice/commitments";
import type { Day } from "#core/practice/days";
import type { CommitmentRow } from "./commitment.repository";

/** A commitment as the contract has it: the names of both sides, and whether it is overdue on the viewer's today. */
export function presentCommitment(
  row: CommitmentRow,
  names: ReadonlyMap<string, string>,
  today: Day,
): Commitment {
  return {
    id: row.id,
    leader: { id: row.leader_id, name: names.get(row.leader_id) ?? "" },
    person: { id: row.person_id, name: names.get(row.person_id) ?? "" },
    owner: row.owner,
    text: row.text,
    dueOn: row.due_on,
    status: row.status,
    closedOn: row.closed_on,
    overdue: isOverdue(
      { owner: row.owner, dueOn: row.due_on, status: row.status, closedOn: row.closed_on },
      today,
    ),
    conversationId: row.conversation_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
