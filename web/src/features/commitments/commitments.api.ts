import {
  type CommitmentPatchInput,
  type CommitmentQuery,
  commitmentListSchema,
  commitmentSchema,
  type NewCommitmentInput,
} from "#contracts/commitments";
import { api } from "../../lib/api";

export type {
  Commitment,
  CommitmentOwner,
  CommitmentPatchInput,
  CommitmentQuery,
  CommitmentStatus,
  NewCommitmentInput,
} from "#contracts/commitments";

function queryString(query: CommitmentQuery): string {
  const search = new URLSearchParams();
  if (query.personId) search.set("personId", query.personId);
  if (query.status) search.set("status", query.status);
  const text = search.toString();
  return text === "" ? "" : `?${text}`;
}

export const commitmentsApi = {
  list: (query: CommitmentQuery) => api.get(`/commitments${queryString(query)}`, commitmentListSchema),
  create: (input: NewCommitmentInput) => api.post("/commitments", commitmentSchema, input),
  update: (commitmentId: string, input: CommitmentPatchInput) =>
    api.patch(`/commitments/${encodeURIComponent(commitmentId)}`, commitmentSchema, input),
};
