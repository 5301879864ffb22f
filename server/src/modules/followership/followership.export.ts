import type { Kysely } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { Database } from "../../db/schema";
import { presentAssessment, presentEstimate } from "./followership.presenter";
import { followershipRepository as repository } from "./followership.repository";

/**
 * The export's followership: the person's own takes (as `GET /me/assessments/followership` lists
 * them) and, as a leader, their estimates of the people they lead now.
 */
export async function followershipExportOf(
  db: Kysely<Database>,
  auth: AuthContext,
): Promise<Export["followership"]> {
  const pairs = await relations.pairs(db, auth);
  const [takes, estimates] = await Promise.all([
    repository.assessmentsOf(db, auth.userId),
    repository.estimatesBy(
      db,
      auth.userId,
      pairs.leads.map((p) => p.id),
    ),
  ]);
  return {
    takes: takes.map(presentAssessment),
    estimates: pairs.leads.flatMap((person) => {
      const row = estimates.get(person.id);
      return row ? [{ ...presentEstimate(row), person: { id: person.id, name: person.name } }] : [];
    }),
  };
}
