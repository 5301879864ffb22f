import type { Kysely } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import type { Database } from "../../db/schema";
import { listFacets } from "../facets";
import { presentAnswer } from "./answer.presenter";
import { answerRepository } from "./answer.repository";

/** The export's answers: the person's own current answers and every earlier version, theirs alone. */
export async function answersExportOf(db: Kysely<Database>, auth: AuthContext): Promise<Export["answers"]> {
  const [facets, current, versions] = await Promise.all([
    listFacets(db, auth.workspaceId, true),
    answerRepository.listFor(db, auth.userId),
    answerRepository.allVersionsOf(db, auth.userId),
  ]);
  const keyOf = new Map(facets.map((f) => [f.id, f.key]));
  return {
    current: current.map((a) => presentAnswer(a, keyOf.get(a.facet_id) ?? "")),
    history: versions.map((v) => ({
      facetId: v.facet_id,
      facetKey: keyOf.get(v.facet_id) ?? "",
      value: v.value,
      visibility: v.visibility,
      withdrawn: v.withdrawn === 1,
      recordedAt: v.recorded_at,
    })),
  };
}
