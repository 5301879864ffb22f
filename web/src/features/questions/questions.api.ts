import { okSchema } from "#contracts/common";
import {
  type BankQuery,
  type BulkItemsInput,
  bankSchema,
  bulkResultSchema,
  type FromStarterInput,
  fromBankResultSchema,
  type ImportInput,
  type ItemChanges,
  importResultSchema,
  lintResultSchema,
  type NewItemInput,
  type NewListInput,
  questionItemsSchema,
  questionListItemSchema,
  questionListSchema,
  questionListsSchema,
  type TransferFormat,
} from "#contracts/questions";
import { API_PREFIX, api } from "../../lib/api";

export type {
  BankCopyFilter,
  BankQuery,
  BankQuestion,
  BulkAction,
  BulkItemsInput,
  BulkResult,
  FromBankResult,
  FromStarterInput,
  ImportFinding,
  ImportInput,
  ImportResult,
  ItemChanges,
  LintFinding,
  LintResult,
  NewListInput,
  QuestionItem,
  QuestionList,
  QuestionListSummary,
  TransferFormat,
} from "#contracts/questions";

/** A question as the editor holds it: every field present, a facet or a topic or neither (never both). */
export type QuestionDraft = Required<NewItemInput>;
/** What a question is about. */
export type QuestionSubject = Pick<QuestionDraft, "facet" | "topic">;

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
  lint: (text: string) => api.post("/questions/lint", lintResultSchema, { text }),
  bank: (query: BankQuery) => api.get(`/questions/bank${queryString({ ...query })}`, bankSchema),
  lists: () => api.get("/question-lists", questionListsSchema),
  list: (listId: string) => api.get(listPath(listId), questionListSchema),
  create: (input: NewListInput) => api.post("/question-lists", questionListSchema, input),
  importList: (input: ImportInput) => api.post("/question-lists/import", importResultSchema, input),
  rename: (listId: string, name: string) => api.patch(listPath(listId), questionListSchema, { name }),
  remove: (listId: string) => api.delete(listPath(listId), okSchema),
  addItem: (listId: string, draft: QuestionDraft) =>
    api.post(`${listPath(listId)}/items`, questionListItemSchema, draft),
  updateItem: (listId: string, itemId: string, changes: ItemChanges) =>
    api.patch(`${listPath(listId)}/items/${encodeURIComponent(itemId)}`, questionListItemSchema, changes),
  removeItem: (listId: string, itemId: string) =>
    api.delete(`${listPath(listId)}/items/${encodeURIComponent(itemId)}`, okSchema),
  reorder: (listId: string, itemIds: string[]) =>
    api.put(`${listPath(listId)}/items/order`, questionItemsSchema, { itemIds }),
  addFromBank: (listId: string, questionIds: string[]) =>
    api.post(`${listPath(listId)}/items/from-bank`, fromBankResultSchema, { questionIds }),
  bulk: (listId: string, input: BulkItemsInput) =>
    api.post(`${listPath(listId)}/items/bulk`, bulkResultSchema, input),
  fromStarter: (input: FromStarterInput) =>
    api.post("/question-lists/from-starter", questionListSchema, input),
};
