import {
  type AnswerInput,
  answerHistoryPageSchema,
  myAnswerSchema,
  myAnswersSchema,
} from "#contracts/answers";
import { okSchema } from "#contracts/common";
import { api } from "../../lib/api";

export type { AnswerHistoryPage, AnswerInput, AnswerVersion, MyAnswer, Visibility } from "#contracts/answers";

const answerPath = (facetId: string) => `/me/answers/${encodeURIComponent(facetId)}`;

/** Served as a download (content-disposition: attachment), so a plain link fetches it. */
export const MANUAL_URL = "/api/v1/me/manual.md";

export const answersApi = {
  mine: () => api.get("/me/answers", myAnswersSchema),
  save: (facetId: string, input: AnswerInput) => api.put(answerPath(facetId), myAnswerSchema, input),
  withdraw: (facetId: string) => api.delete(answerPath(facetId), okSchema),
  history: (facetId: string, cursor: string | null) =>
    api.get(
      `${answerPath(facetId)}/history${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`,
      answerHistoryPageSchema,
    ),
};
