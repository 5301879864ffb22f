import type { Facet } from "#contracts/facets";
import { type FacetRow, toDefinition } from "./facet.repository";

/** A facet row as the API shows it (contracts/facets.ts). */
export const presentFacet = (row: FacetRow): Facet => {
  const definition = toDefinition(row);
  return {
    id: row.id,
    key: row.key,
    dimension: row.dimension,
    title: row.title,
    aboutYou: row.about_you,
    aboutThem: row.about_them,
    kind: row.kind,
    options: definition.options ?? null,
    scale: definition.scale ?? null,
    weight: row.weight,
    position: row.position,
    audience: row.audience,
    retired: row.retired_at !== null,
  };
};
