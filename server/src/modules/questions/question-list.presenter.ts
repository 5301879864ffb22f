import { z } from "zod";
import { lintQuestion } from "#core/questions/linter";
import type { QuestionListItemTable, QuestionListTable } from "../../db/schema";
import { depthSchema, dimensionOf, dimensionSchema, lintResultSchema, topicSchema } from "./question.schemas";
import type { QuestionListSummaryRow } from "./question-list.repository";

/** Response shapes of the list routes, and the mapping from rows: only these fields ever leave. */

export const questionListItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  dimension: dimensionSchema.nullable(),
  facet: z.string().nullable(),
  topic: topicSchema.nullable(),
  depth: depthSchema,
  /** 0 is first. */
  position: z.number().int(),
  retired: z.boolean(),
  /** The bank question this was copied from; null for the leader's own. */
  bankQuestionId: z.string().nullable(),
  lint: lintResultSchema,
});

export const questionListSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Questions in use (not retired). */
  itemCount: z.number().int(),
  retiredCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const questionListSchema = questionListSummarySchema.extend({
  items: z.array(questionListItemSchema),
});

export const importFindingSchema = z.object({
  row: z.number().int(),
  code: z.string(),
  message: z.string(),
  suggestion: z.string(),
});

export type PresentedItem = z.infer<typeof questionListItemSchema>;

/** Lint is computed when presented, not stored, so a better linter reaches every list at once. */
export const presentItem = (item: QuestionListItemTable): PresentedItem => ({
  id: item.id,
  text: item.text,
  dimension: dimensionOf(item.facet),
  facet: item.facet,
  topic: topicSchema.nullable().catch(null).parse(item.topic),
  depth: item.depth,
  position: item.position,
  retired: item.retired === 1,
  bankQuestionId: item.bank_question_id,
  lint: lintQuestion(item.text),
});

export const presentSummary = (row: QuestionListSummaryRow) => ({
  id: row.id,
  name: row.name,
  itemCount: row.activeCount,
  retiredCount: row.retiredCount,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function presentList(list: QuestionListTable, items: readonly QuestionListItemTable[]) {
  const retiredCount = items.filter((item) => item.retired === 1).length;
  return {
    ...presentSummary({ ...list, activeCount: items.length - retiredCount, retiredCount }),
    items: items.map(presentItem),
  };
}
