import type { Visibility } from "#core/privacy/visibility";
import { api } from "../../lib/api";
import type { FacetValue } from "../knowledge/facets.api";

export type { Visibility };

export interface MyAnswer {
  facetId: string;
  facetKey: string;
  value: FacetValue;
  visibility: Visibility;
  updatedAt: string;
}

/** One version of an answer, newest first; the member alone sees these. */
export interface AnswerVersion {
  facetId: string;
  value: FacetValue | null;
  visibility: Visibility | null;
  withdrawn: boolean;
  recordedAt: string;
}

export interface MyAnswers {
  answers: MyAnswer[];
}

/** A page of one facet's versions; `nextCursor` fetches the older ones, null when there are none. */
export interface AnswerHistoryPage {
  versions: AnswerVersion[];
  nextCursor: string | null;
}

export interface AnswerInput {
  value: FacetValue;
  visibility: Visibility;
}

const answerPath = (facetId: string) => `/me/answers/${encodeURIComponent(facetId)}`;

/** Served as a download (content-disposition: attachment), so a plain link fetches it. */
export const MANUAL_URL = "/api/v1/me/manual.md";

export const answersApi = {
  mine: () => api.get<MyAnswers>("/me/answers"),
  save: (facetId: string, input: AnswerInput) => api.put<MyAnswer>(answerPath(facetId), input),
  withdraw: (facetId: string) => api.delete<{ ok: true }>(answerPath(facetId)),
  history: (facetId: string, cursor: string | null) =>
    api.get<AnswerHistoryPage>(
      `${answerPath(facetId)}/history${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ""}`,
    ),
};
