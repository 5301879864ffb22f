import type { BeliefSource, ComparisonOutcome } from "#core/audit/types";
import { api } from "../../lib/api";
import type { Facet, FacetValue } from "./facets.api";
import type { KnowledgeState } from "./knowledge-states";

export type { BeliefSource, ComparisonOutcome };

export interface Belief {
  value: FacetValue;
  source: BeliefSource;
  confidence: number;
  /** Written while their answer could already be seen: kept, but left out of accuracy and calibration. */
  afterAnswer: boolean;
  recordedAt: string;
}

export interface Comparison {
  outcome: ComparisonOutcome;
  /** Rapport's own computation on a structured facet, not yet confirmed by the leader. */
  computed: boolean;
  reason: string | null;
  comparedAt: string;
}

/** One facet of a person's page. An absent field is one the viewer may not see. */
export interface PersonFacet {
  facet: Facet;
  answer?: { value: FacetValue; updatedAt: string };
  belief?: Belief;
  comparison?: Comparison;
  computedOutcome?: ComparisonOutcome;
  state?: KnowledgeState;
}

export type Relation = "self" | "leader" | "teammate";

export interface PersonPage {
  person: { id: string; name: string };
  relation: Relation;
  facets: PersonFacet[];
}

export interface BeliefInput {
  value: FacetValue;
  source: BeliefSource;
  confidence: number;
}

export interface ComparisonInput {
  outcome: ComparisonOutcome;
  reason?: string;
}

const personPath = (userId: string) => `/people/${encodeURIComponent(userId)}`;

export const knowledgeApi = {
  person: (userId: string) => api.get<PersonPage>(personPath(userId)),
  recordBelief: (userId: string, facetId: string, input: BeliefInput) =>
    api.put<Belief>(`${personPath(userId)}/beliefs/${encodeURIComponent(facetId)}`, input),
  markComparison: (userId: string, facetId: string, input: ComparisonInput) =>
    api.put<Comparison>(`${personPath(userId)}/comparisons/${encodeURIComponent(facetId)}`, input),
};
