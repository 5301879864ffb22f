import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { homeKeys } from "../home/home.keys";
import { practiceKeys } from "../practice/practice.keys";
import {
  type CommitmentPatchInput,
  type CommitmentQuery,
  commitmentsApi,
  type NewCommitmentInput,
} from "./commitments.api";
import { commitmentKeys } from "./commitments.keys";

export const useCommitments = (query: CommitmentQuery) =>
  useQuery({ queryKey: commitmentKeys.list(query), queryFn: () => commitmentsApi.list(query) });

/** After a write: every list of commitments, the home and the practice figures (commitments kept) read again. */
function useRefresh() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: commitmentKeys.all }),
      client.invalidateQueries({ queryKey: homeKeys.mine }),
      client.invalidateQueries({ queryKey: practiceKeys.all }),
    ]);
}

export function useRecordCommitment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: NewCommitmentInput) => commitmentsApi.create(input),
    onSuccess: refresh,
  });
}

export function useUpdateCommitment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, ...input }: CommitmentPatchInput & { id: string }) => commitmentsApi.update(id, input),
    onSuccess: refresh,
  });
}
