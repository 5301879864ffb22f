import { z } from "zod";
import { ANSWER_KINDS, DIMENSIONS } from "#core/facets/facet";
import { type FacetRow, toDefinition } from "./facet.repository";

/** A facet's value, as a belief or an answer holds it: text, option ids, or a scale point. */
export const facetValueSchema = z.union([z.string(), z.array(z.string()), z.number()]);

export const facetSchema = z.object({
  id: z.string(),
  key: z.string(),
  dimension: z.enum(DIMENSIONS),
  title: z.string(),
  description: z.string(),
  kind: z.enum(ANSWER_KINDS),
  options: z.array(z.object({ id: z.string(), label: z.string() })).nullable(),
  scale: z.object({ low: z.string(), high: z.string() }).nullable(),
  weight: z.number().int(),
  position: z.number().int(),
  retired: z.boolean(),
});

export const presentFacet = (row: FacetRow): z.infer<typeof facetSchema> => {
  const definition = toDefinition(row);
  return {
    id: row.id,
    key: row.key,
    dimension: row.dimension,
    title: row.title,
    description: row.description,
    kind: row.kind,
    options: definition.options ?? null,
    scale: definition.scale ?? null,
    weight: row.weight,
    position: row.position,
    retired: row.retired_at !== null,
  };
};
