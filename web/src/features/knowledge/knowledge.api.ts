import {
  type BeliefInput,
  beliefSchema,
  type ComparisonInput,
  comparisonSchema,
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
  markComparison: (userId: string, facetId: string, input: ComparisonInput) =>
    api.put(`${personPath(userId)}/comparisons/${encodeURIComponent(facetId)}`, comparisonSchema, input),
};
