import type { MyAnswer } from "#contracts/answers";
import type { AnswerRow } from "../../db/schema";

/** A current answer as the API shows it (contracts/answers.ts), to its author or to someone it is shared with. */
export const presentAnswer = (row: AnswerRow, facetKey: string): MyAnswer => ({
  facetId: row.facet_id,
  facetKey,
  value: row.value,
  visibility: row.visibility,
  updatedAt: row.updated_at,
});
