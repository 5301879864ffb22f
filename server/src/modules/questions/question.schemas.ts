import { z } from "zod";
import { DEFAULT_FACETS, facetByKey } from "#core/facets/catalogue";
import { DIMENSIONS, type Dimension } from "#core/facets/facet";
import { QUESTION_DEPTHS, QUESTION_TOPICS } from "#core/questions/bank";
import { LINT_CODES } from "#core/questions/linter";

/**
 * The vocabulary shared by the lint, bank and list routes: one definition of what a facet, topic, depth
 * and question text may be, so the API, the importers and the OpenAPI document agree.
 */

/** The longest question a list item (or a linted text) may hold. */
export const QUESTION_TEXT_MAX = 500;

/**
 * Known facet keys. Facets are becoming workspace rows (issue 3, modules/facets); until lists point at
 * those rows, a question's facet is checked against the default catalogue that every workspace starts with.
 */
export const FACET_KEYS: readonly string[] = DEFAULT_FACETS.map((facet) => facet.key);

/** The dimension a facet belongs to, or null for a topic question or one with neither. */
export const dimensionOf = (facet: string | null): Dimension | null =>
  facet === null ? null : (facetByKey(facet)?.dimension ?? null);

export const isFacetKey = (value: string): boolean => facetByKey(value) !== undefined;

export const facetSchema = z.string().refine(isFacetKey, "is not a known facet");
export const topicSchema = z.enum(QUESTION_TOPICS, { error: `must be one of ${QUESTION_TOPICS.join(", ")}` });
export const depthSchema = z.enum(QUESTION_DEPTHS, { error: `must be one of ${QUESTION_DEPTHS.join(", ")}` });
export const dimensionSchema = z.enum(DIMENSIONS, { error: `must be one of ${DIMENSIONS.join(", ")}` });

/** Whitespace (line breaks included) collapses to single spaces: a question is one line in every format. */
export const normalizeQuestionText = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The text of a question a leader keeps: one line, 1–500 characters after collapsing whitespace. */
export const questionTextSchema = z
  .string()
  .transform(normalizeQuestionText)
  .pipe(
    z
      .string()
      .min(1, "is required")
      .max(QUESTION_TEXT_MAX, `must be at most ${QUESTION_TEXT_MAX} characters`),
  );

/** Query-string booleans: only the two words, so a typo is an error rather than a silent false. */
export const queryFlagSchema = z
  .enum(["true", "false"], { error: "must be true or false" })
  .transform((value) => value === "true");

export const lintFindingSchema = z.object({
  code: z.enum(LINT_CODES),
  message: z.string(),
  suggestion: z.string(),
});

export const lintResultSchema = z.object({
  open: z.boolean(),
  findings: z.array(lintFindingSchema),
  language: z.enum(["english", "other"]).nullable(),
});

/** Search and filter criteria of the bank, and of a list's items. */
export const bankFilterSchema = z.object({
  facet: facetSchema.optional(),
  topic: topicSchema.optional(),
  depth: depthSchema.optional(),
  dimension: dimensionSchema.optional(),
  q: z.string().max(200).optional(),
});
