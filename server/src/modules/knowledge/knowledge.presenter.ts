import { z } from "zod";
import { BELIEF_SOURCES, COMPARISON_OUTCOMES, KNOWLEDGE_STATES, type KnowledgeState } from "#core/audit";
import { facetSchema, facetValueSchema, presentFacet } from "../facets/facet.presenter";
import { type Cell, parseValue } from "./knowledge";

export const outcomeSchema = z.enum(COMPARISON_OUTCOMES);
export const sourceSchema = z.enum(BELIEF_SOURCES);

export const beliefSchema = z.object({
  value: facetValueSchema,
  source: sourceSchema,
  confidence: z.number().int(),
  afterAnswer: z.boolean(),
  recordedAt: z.string(),
});

export const comparisonSchema = z.object({
  outcome: outcomeSchema,
  computed: z.boolean(),
  reason: z.string().nullable(),
  comparedAt: z.string(),
});

/**
 * One facet on a person's page. Fields the viewer may not see are absent, never empty:
 * a teammate's view has no belief, comparison or state, and an answer the viewer may not
 * see does not appear at all.
 */
export const personFacetSchema = z.object({
  facet: facetSchema,
  answer: z.object({ value: facetValueSchema, updatedAt: z.string() }).optional(),
  belief: beliefSchema.optional(),
  comparison: comparisonSchema.optional(),
  computedOutcome: outcomeSchema.optional(),
  state: z.enum(KNOWLEDGE_STATES).optional(),
});

export const personPageSchema = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  relation: z.enum(["self", "leader", "teammate"]),
  facets: z.array(personFacetSchema),
});

export function presentCell(
  cell: Cell,
  state: KnowledgeState | undefined,
): z.infer<typeof personFacetSchema> {
  const { belief, answer, comparison, computedOutcome } = cell;
  return {
    facet: presentFacet(cell.facet),
    ...(answer ? { answer: { value: parseValue(answer.value), updatedAt: answer.updated_at } } : {}),
    ...(belief
      ? {
          belief: {
            value: parseValue(belief.value),
            source: belief.source,
            confidence: belief.confidence,
            afterAnswer: belief.after_answer === 1,
            recordedAt: belief.recorded_at,
          },
        }
      : {}),
    ...(comparison ? { comparison } : {}),
    ...(computedOutcome ? { computedOutcome } : {}),
    ...(state ? { state } : {}),
  };
}
