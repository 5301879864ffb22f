/**
 * The face of the commitments module (what a leader and a person they lead promised each other):
 * its routes, the reads the home and the practice figures need, and what team deletion forgets.
 */
import type { Kysely, Transaction } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import type { Database } from "../../db/schema";
import { commitmentRepository } from "./commitment.repository";
import { commitmentsOf } from "./commitment.service";

export { commitmentRoutes } from "./commitment.routes";
export { overdueCommitmentsOf } from "./commitment.service";

/** The export's commitments: both sides, the viewer's and the other person's, as `GET /commitments` lists them. */
export const commitmentsExportOf = (
  db: Kysely<Database>,
  auth: AuthContext,
  now: Date,
): Promise<Export["commitments"]> => commitmentsOf(db, auth, now);

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
