import type { AnswerKind, Dimension, FacetAudience, FacetValue } from "#core/facets/facet";
import { api } from "../../lib/api";

export type { AnswerKind, Dimension, FacetAudience, FacetValue };

export interface FacetOption {
  id: string;
  label: string;
}

/** A facet of the catalogue as GET /api/v1/facets returns it. */
export interface Facet {
  id: string;
  key: string;
  dimension: Dimension;
  title: string;
  description: string;
  kind: AnswerKind;
  options: FacetOption[] | null;
  scale: { low: string; high: string } | null;
  weight: number;
  position: number;
  /** `leaders`: a prompt about leading, for a leader's own manual; never audited. */
  audience: FacetAudience;
  retired: boolean;
}

export const facetsApi = {
  list: () => api.get<{ facets: Facet[] }>("/facets"),
};
