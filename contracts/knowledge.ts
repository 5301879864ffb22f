import { z } from "zod";
import { BELIEF_SOURCES, COMPARISON_OUTCOMES, KNOWLEDGE_STATES } from "#core/audit";
import { facetIdParam, uuidParam } from "./common";
import { facetSchema, facetValueSchema } from "./facets";

/** What a leader knows about the people they lead: beliefs, comparisons, and a person's page. */

export const outcomeSchema = z.enum(COMPARISON_OUTCOMES);
export type ComparisonOutcome = z.infer<typeof outcomeSchema>;
export const sourceSchema = z.enum(BELIEF_SOURCES);
export type BeliefSource = z.infer<typeof sourceSchema>;
export const knowledgeStateSchema = z.enum(KNOWLEDGE_STATES);

export const personParams = z.object({ userId: uuidParam });
export const personFacetParams = z.object({ userId: uuidParam, facetId: facetIdParam });

export const beliefSchema = z.object({
  value: facetValueSchema,
  source: sourceSchema,
  confidence: z.number().int(),
  /**
   * Written or changed after the leader looked at the person's current answer: kept, but left out
   * of accuracy and calibration.
   */
  afterAnswer: z.boolean(),
  recordedAt: z.string(),
});
export type Belief = z.infer<typeof beliefSchema>;

export const comparisonSchema = z.object({
  outcome: outcomeSchema,
  /** Rapport's own computation on a structured facet, not yet confirmed by the leader. */
  computed: z.boolean(),
  reason: z.string().nullable(),
  comparedAt: z.string(),
});
export type Comparison = z.infer<typeof comparisonSchema>;

/**
 * One facet on a person's page. Fields the viewer may not see are absent, never empty:
 * a teammate's view has no belief, comparison or state, and an answer the viewer may not
 * see does not appear at all. A leader who has not looked at an answer yet gets `sealedAnswer`
 * (that it exists, and when) instead of `answer`, and no comparison or computed outcome.
 */
export const personFacetSchema = z.object({
  facet: facetSchema,
  answer: z.object({ value: facetValueSchema, updatedAt: z.string() }).optional(),
  sealedAnswer: z
    .object({ answeredAt: z.string() })
    .optional()
    .describe("The person has answered, but you have not looked: write down what you think, then reveal it"),
  belief: beliefSchema.optional(),
  comparison: comparisonSchema.optional(),
  computedOutcome: outcomeSchema.optional(),
  state: knowledgeStateSchema.optional(),
});
export type PersonFacet = z.infer<typeof personFacetSchema>;

export const relationSchema = z.enum(["self", "leader", "teammate"]);
export type Relation = z.infer<typeof relationSchema>;

export const personPageSchema = z.object({
  person: z.object({ id: z.string(), name: z.string() }),
  relation: relationSchema,
  facets: z.array(personFacetSchema),
});
export type PersonPage = z.infer<typeof personPageSchema>;

export const beliefBody = z.object({
  value: facetValueSchema,
  source: sourceSchema,
  confidence: z.number().int("must be a whole number").min(1, "must be 1 to 5").max(5, "must be 1 to 5"),
});
export type BeliefInput = z.input<typeof beliefBody>;

export const comparisonBody = z.object({
  outcome: outcomeSchema,
  reason: z.string().trim().min(1).max(500).optional(),
});
export type ComparisonInput = z.input<typeof comparisonBody>;
