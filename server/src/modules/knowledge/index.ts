/**
 * The face of the knowledge module (a leader's beliefs about the people they lead, the answers the
 * leader may see, and the comparisons between them): what other modules and app.ts may use.
 */
import type { Kysely } from "kysely";
import type { CellObservation } from "#core/audit";
import type { Database } from "../../db/schema";
import type { FacetRow } from "../facets";
import { observationsFrom } from "./knowledge";
import { loadObservationRows } from "./knowledge.repository";
import { pairsLedNow } from "./relation.repository";

export { beliefsExportOf } from "./knowledge.export";
export { presentBelief } from "./knowledge.presenter";
export { knowledgeRoutes } from "./knowledge.routes";
export { forgetKnowledge, knowledgeService, writeBelief } from "./knowledge.service";
export { membersLedBy, teamAuditScope } from "./relation.repository";

/**
 * Those of these items (conversations, say) whose leader leads their person now, in their order
 * (pairsLedNow, one query): what is between a leader and someone no longer led stays out of sight.
 */
export async function ledNow<Item extends { leader: { id: string }; person: { id: string } }>(
  db: Kysely<Database>,
  items: readonly Item[],
): Promise<Item[]> {
  const standing = await pairsLedNow(
    db,
    items.map((item) => ({ leaderId: item.leader.id, personId: item.person.id })),
  );
  return items.filter((item) => standing.has(`${item.leader.id}:${item.person.id}`));
}

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
  return observationsFrom(facets, personIds, await loadObservationRows(db, leaderId, personIds));
}
