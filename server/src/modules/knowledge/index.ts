/**
 * The face of the knowledge module (a leader's beliefs about the people they lead, the answers the
 * leader may see, and the comparisons between them): what other modules and app.ts may use.
 */
import type { Kysely } from "kysely";
import type { CellObservation } from "#core/audit";
import type { Database } from "../../db/schema";
import type { FacetRow } from "../facets";
import { buildCells, toObservation } from "./knowledge";
import { loadKnowledge } from "./knowledge.repository";

export { presentBelief } from "./knowledge.presenter";
export { knowledgeRoutes } from "./knowledge.routes";
export { forgetKnowledge, knowledgeService, writeBelief } from "./knowledge.service";
export { membersLedBy, pairsLedNow, teamAuditScope } from "./relation.repository";

/**
 * What the leader knows of these people, as the audit engine's observations (one query): a cell
 * per (person, facet) holding a belief or an answer the leader may see, sealed or looked at.
 */
export async function observationsOf(
  db: Kysely<Database>,
  leaderId: string,
  facets: FacetRow[],
  personIds: string[],
): Promise<CellObservation[]> {
  const rows = await loadKnowledge(db, leaderId, personIds);
  return buildCells(facets, personIds, rows)
    .filter((cell) => cell.belief || cell.answer || cell.sealedAnswer)
    .map(toObservation);
}
