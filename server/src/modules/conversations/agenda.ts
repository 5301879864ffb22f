import type { Kysely } from "kysely";
import type { AgendaItemInput } from "#contracts/conversations";
import type { Database } from "../../db/schema";
import { badRequest } from "../../lib/errors";
import { listFacets } from "../facets";

/** What a planned conversation's agenda items say, as the service stores them. */
export interface AgendaDraft {
  kind: "question" | "topic";
  text: string;
  facetId: string | null;
  questionId: string | null;
}

/**
 * The facet ids of an agenda, each named by id or key and of the viewer's workspace; a facet that
 * is not there is a 400 naming the item's field (`agenda.2.facetId`).
 */
export async function resolveAgenda(
  db: Kysely<Database>,
  workspaceId: string,
  agenda: (AgendaItemInput & { id?: string | undefined })[],
): Promise<(AgendaDraft & { id?: string | undefined })[]> {
  const facets = await listFacets(db, workspaceId, true);
  return agenda.map((item, index) => {
    let facetId: string | null = null;
    if (item.facetId) {
      const facet = facets.find((f) => f.id === item.facetId || f.key === item.facetId);
      if (!facet)
        throw badRequest(
          `agenda.${index}.facetId`,
          "Invalid facet: there is no such facet.",
          "is not a facet",
        );
      facetId = facet.id;
    }
    return {
      ...(item.id ? { id: item.id } : {}),
      kind: item.kind,
      text: item.text,
      facetId,
      questionId: item.questionId ?? null,
    };
  });
}
