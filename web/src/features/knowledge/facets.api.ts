import type { AnswerKind, Dimension, FacetValue } from "#core/facets/facet";
import { api } from "../../lib/api";

export type { AnswerKind, Dimension, FacetValue };

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
  retired: boolean;
}

export const facetsApi = {
  list: () => api.get<{ facets: Facet[] }>("/facets"),
};
