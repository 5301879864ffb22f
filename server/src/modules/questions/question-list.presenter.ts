import {
  dimensionOf,
  type QuestionItem,
  type QuestionList,
  type QuestionListSummary,
  topicSchema,
} from "#contracts/questions";
import { lintQuestion } from "#core/questions/linter";
import type { QuestionListItemTable, QuestionListTable } from "../../db/schema";
import type { QuestionListSummaryRow } from "./question-list.repository";

/** The mapping from rows to the list routes' responses (contracts/questions.ts): only these fields ever leave. */

/** Lint is computed when presented, not stored, so a better linter reaches every list at once. */
export const presentItem = (item: QuestionListItemTable): QuestionItem => ({
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

export const presentSummary = (row: QuestionListSummaryRow): QuestionListSummary => ({
  id: row.id,
  name: row.name,
  itemCount: row.activeCount,
  retiredCount: row.retiredCount,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export function presentList(list: QuestionListTable, items: readonly QuestionListItemTable[]): QuestionList {
  const retiredCount = items.filter((item) => item.retired === 1).length;
  return {
    ...presentSummary({ ...list, activeCount: items.length - retiredCount, retiredCount }),
    items: items.map(presentItem),
  };
}
