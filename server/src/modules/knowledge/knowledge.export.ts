import type { Kysely } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { Database } from "../../db/schema";
import { listFacets } from "../facets";
import { presentBelief } from "./knowledge.presenter";
import { beliefRepository, comparisonRepository } from "./knowledge.repository";

/**
 * The export's beliefs: the leader's own beliefs about the people they lead now, each with the
 * comparison the leader marked, if any. No answer of the person: members' answers stay out of a
 * leader's export, whatever the leader may see of them.
 */
export async function beliefsExportOf(db: Kysely<Database>, auth: AuthContext): Promise<Export["beliefs"]> {
  const pairs = await relations.pairs(db, auth);
  const ids = pairs.leads.map((p) => p.id);
  const [facets, beliefs, comparisons] = await Promise.all([
    listFacets(db, auth.workspaceId, true),
    beliefRepository.allBy(db, auth.userId, ids),
    comparisonRepository.allBy(db, auth.userId, ids),
  ]);
  const keyOf = new Map(facets.map((f) => [f.id, f.key]));
  const personOf = new Map(pairs.leads.map((p) => [p.id, { id: p.id, name: p.name }]));
  return beliefs.flatMap((belief) => {
    const person = personOf.get(belief.person_id);
    if (!person) return [];
    const comparison = comparisons.find(
      (c) => c.person_id === belief.person_id && c.facet_id === belief.facet_id,
    );
    return [
      {
        ...presentBelief(belief),
        person,
        facetId: belief.facet_id,
        facetKey: keyOf.get(belief.facet_id) ?? "",
        comparison: comparison
          ? { outcome: comparison.outcome, reason: comparison.reason, comparedAt: comparison.compared_at }
          : null,
      },
    ];
  });
}
