import { facetListSchema } from "#contracts/facets";
import { api } from "../../lib/api";

export type { Facet, FacetOption, FacetValue } from "#contracts/facets";
export type { AnswerKind, Dimension, FacetAudience } from "#core/facets/facet";

export const facetsApi = {
  list: () => api.get("/facets", facetListSchema),
};
