import {
  type BeliefInput,
  beliefSchema,
  type ComparisonInput,
  comparisonSchema,
  personFacetSchema,
  personPageSchema,
} from "#contracts/knowledge";
import { api } from "../../lib/api";

export type {
  Belief,
  BeliefInput,
  BeliefSource,
  Comparison,
  ComparisonInput,
  ComparisonOutcome,
  PersonFacet,
  PersonPage,
  Relation,
} from "#contracts/knowledge";

const personPath = (userId: string) => `/people/${encodeURIComponent(userId)}`;

export const knowledgeApi = {
  person: (userId: string) => api.get(personPath(userId), personPageSchema),
  recordBelief: (userId: string, facetId: string, input: BeliefInput) =>
    api.put(`${personPath(userId)}/beliefs/${encodeURIComponent(facetId)}`, beliefSchema, input),
  /** Looks at their current answer on the facet (recorded): the facet as the page then shows it. */
  revealAnswer: (userId: string, facetId: string) =>
    api.post(`${personPath(userId)}/facets/${encodeURIComponent(facetId)}/reveal`, personFacetSchema),
  markComparison: (userId: string, facetId: string, input: ComparisonInput) =>
    api.put(`${personPath(userId)}/comparisons/${encodeURIComponent(facetId)}`, comparisonSchema, input),
};
