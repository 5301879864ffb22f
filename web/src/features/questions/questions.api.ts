import type { Dimension } from "#core/facets/facet";
import type { QuestionDepth, QuestionTopic } from "#core/questions/bank";
import type { LintFinding, LintResult } from "#core/questions/linter-types";
import { API_PREFIX, api } from "../../lib/api";

/** Shapes of server/src/modules/questions/*.routes.ts, as the web app reads them. */

/** What POST /questions/lint answers: the linter's own result type. */
export type { LintFinding, LintResult };

export interface BankQuestion {
  id: string;
  text: string;
  dimension: Dimension | null;
  facet: string | null;
  topic: QuestionTopic | null;
  depth: QuestionDepth;
}

export interface QuestionItem extends BankQuestion {
  /** 0 is first. */
  position: number;
  retired: boolean;
  bankQuestionId: string | null;
  lint: LintResult;
}

export interface QuestionListSummary {
  id: string;
  name: string;
  /** Questions in use (not retired). */
  itemCount: number;
  retiredCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface QuestionList extends QuestionListSummary {
  items: QuestionItem[];
}

/** The bank filters the server accepts when copying part of the bank into a new list. */
export interface BankCopyFilter {
  q?: string;
  facet?: string;
  topic?: QuestionTopic;
  depth?: QuestionDepth;
  dimension?: Dimension;
}

export type BankQuery = BankCopyFilter;

export interface NewListInput {
  name: string;
  fromBank?: true | BankCopyFilter;
}

export type TransferFormat = "csv" | "md";

export interface ImportInput {
  name: string;
  format: TransferFormat;
  content: string;
}

export interface ImportFinding {
  /** CSV rows count the header as row 1; Markdown rows are line numbers. */
  row: number;
  code: string;
  message: string;
  suggestion: string;
}

export interface ImportResult {
  list: QuestionList;
  findings: ImportFinding[];
}

/** What a question is about: a facet, a topic, or neither (never both). */
export interface QuestionSubject {
  facet: string | null;
  topic: QuestionTopic | null;
}

export interface QuestionDraft extends QuestionSubject {
  text: string;
  depth: QuestionDepth;
}

export interface ItemChanges extends Partial<QuestionDraft> {
  retired?: boolean;
}

const listPath = (listId: string) => `/question-lists/${encodeURIComponent(listId)}`;

function queryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

/** The download address of an export: a plain link, so the browser saves the file with its name. */
export const exportUrl = (listId: string, format: TransferFormat): string =>
  `${API_PREFIX}${listPath(listId)}/export?format=${format}`;

export const questionsApi = {
  lint: (text: string) => api.post<LintResult>("/questions/lint", { text }),
  bank: (query: BankQuery) =>
    api.get<{ version: number; questions: BankQuestion[] }>(`/questions/bank${queryString({ ...query })}`),
  lists: () => api.get<{ lists: QuestionListSummary[] }>("/question-lists"),
  list: (listId: string) => api.get<QuestionList>(listPath(listId)),
  create: (input: NewListInput) => api.post<QuestionList>("/question-lists", input),
  importList: (input: ImportInput) => api.post<ImportResult>("/question-lists/import", input),
  rename: (listId: string, name: string) => api.patch<QuestionList>(listPath(listId), { name }),
  remove: (listId: string) => api.delete<{ ok: true }>(listPath(listId)),
  addItem: (listId: string, draft: QuestionDraft) =>
    api.post<QuestionItem>(`${listPath(listId)}/items`, draft),
  updateItem: (listId: string, itemId: string, changes: ItemChanges) =>
    api.patch<QuestionItem>(`${listPath(listId)}/items/${encodeURIComponent(itemId)}`, changes),
  removeItem: (listId: string, itemId: string) =>
    api.delete<{ ok: true }>(`${listPath(listId)}/items/${encodeURIComponent(itemId)}`),
  reorder: (listId: string, itemIds: string[]) =>
    api.put<{ items: QuestionItem[] }>(`${listPath(listId)}/items/order`, { itemIds }),
};
