/**
 * The face of the commitments module (what a leader and a person they lead promised each other):
 * its routes, the reads the home and the practice figures need, and what team deletion forgets.
 */
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema";
import { commitmentRepository } from "./commitment.repository";

export { commitmentRoutes } from "./commitment.routes";
export { overdueCommitmentsOf } from "./commitment.service";

/** What the leader and each of these people promised each other (for the leader's figures, counts only). */
export const commitmentsOfLeader = (
  db: Kysely<Database>,
  workspaceId: string,
  leaderId: string,
  personIds: string[],
) => commitmentRepository.between(db, workspaceId, { viewerId: leaderId, leads: personIds, ledBy: [] });

/** Team deletion: each leader forgets what they and these people promised each other. */
export async function forgetCommitments(
  trx: Transaction<Database>,
  forgotten: { leaderId: string; personIds: string[] }[],
): Promise<void> {
  for (const { leaderId, personIds } of forgotten)
    await commitmentRepository.forget(trx, leaderId, personIds);
}
