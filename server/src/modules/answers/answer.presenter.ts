import type { MyAnswer } from "#contracts/answers";
import type { FacetValue } from "#contracts/facets";
import type { AnswerTable } from "../../db/schema";

/** A current answer as the API shows it (contracts/answers.ts), to its author or to someone it is shared with. */
export const presentAnswer = (row: AnswerTable, facetKey: string): MyAnswer => ({
  facetId: row.facet_id,
  facetKey,
  value: JSON.parse(row.value) as FacetValue,
  visibility: row.visibility,
  updatedAt: row.updated_at,
});
