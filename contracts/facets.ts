import { z } from "zod";
import { ANSWER_KINDS, DIMENSIONS, FACET_AUDIENCES } from "#core/facets/facet";
import { facetIdParam } from "./common";

/** A facet's value, as a belief or an answer holds it: text, option ids, or a scale point. */
export const facetValueSchema = z.union([z.string(), z.array(z.string()), z.number()]);
export type FacetValue = z.infer<typeof facetValueSchema>;

export const facetParams = z.object({ facetId: facetIdParam });

export const facetOptionSchema = z.object({ id: z.string(), label: z.string() });
export type FacetOption = z.infer<typeof facetOptionSchema>;

/** A facet of the workspace's catalogue. */
export const facetSchema = z.object({
  id: z.string(),
  key: z.string(),
  dimension: z.enum(DIMENSIONS),
  title: z.string(),
  /** What the facet is about, said to the person answering it: "When … you do your sharpest thinking". */
  aboutYou: z.string(),
  /** The same, said to someone reading about that person: "When … they do their sharpest thinking". */
  aboutThem: z.string(),
  kind: z.enum(ANSWER_KINDS),
  options: z.array(facetOptionSchema).nullable(),
  scale: z.object({ low: z.string(), high: z.string() }).nullable(),
  weight: z.number().int(),
  position: z.number().int(),
  /** `leaders`: a prompt about leading, answered only in a leader's own manual and never audited. */
  audience: z.enum(FACET_AUDIENCES),
  retired: z.boolean(),
});
export type Facet = z.infer<typeof facetSchema>;

export const facetListSchema = z.object({ facets: z.array(facetSchema) });
export type FacetList = z.infer<typeof facetListSchema>;

export const facetListQuery = z.object({ includeRetired: z.enum(["true", "false"]).default("false") });

const newOptionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "must be lowercase letters, digits and dashes"),
  label: z.string().trim().min(1).max(120),
});

export const newFacetBody = z
  .object({
    key: z.string().regex(/^[a-z0-9-]{2,40}$/, "must be 2–40 lowercase letters, digits and dashes"),
    dimension: z.enum(DIMENSIONS),
    title: z.string().trim().min(1, "is required").max(80),
    aboutYou: z
      .string()
      .trim()
      .min(1, "is required")
      .max(200)
      .describe("What it is about, to the person answering: in the second person"),
    aboutThem: z
      .string()
      .trim()
      .min(1, "is required")
      .max(200)
      .describe("What it is about, to someone reading about them: in the third person"),
    kind: z.enum(ANSWER_KINDS),
    options: z.array(newOptionSchema).min(2).max(12).optional(),
    scale: z
      .object({ low: z.string().trim().min(1).max(80), high: z.string().trim().min(1).max(80) })
      .optional(),
    weight: z.number().int().min(1).max(3).default(1),
  })
  .superRefine((facet, issue) => {
    const choice = facet.kind === "single_choice" || facet.kind === "multiple_choice";
    if (choice && !facet.options)
      issue.addIssue({ code: "custom", path: ["options"], message: "are required for a choice facet" });
    if (!choice && facet.options)
      issue.addIssue({ code: "custom", path: ["options"], message: "only go with a choice facet" });
    if (facet.kind === "scale" && !facet.scale)
      issue.addIssue({ code: "custom", path: ["scale"], message: "is required for a scale facet" });
    if (facet.options && new Set(facet.options.map((o) => o.id)).size !== facet.options.length) {
      issue.addIssue({ code: "custom", path: ["options"], message: "ids must be unique" });
    }
  });
export type NewFacetInput = z.input<typeof newFacetBody>;

export const facetChangesBody = z.object({
  title: z.string().trim().min(1).max(80).optional(),
  aboutYou: z.string().trim().min(1).max(200).optional(),
  aboutThem: z.string().trim().min(1).max(200).optional(),
  position: z.number().int().min(1).max(10_000).optional(),
  weight: z.number().int().min(1).max(3).optional(),
  retired: z.boolean().optional(),
});
export type FacetChanges = z.input<typeof facetChangesBody>;
