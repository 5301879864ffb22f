import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type AnswerInput, answersApi } from "./answers.api";

export const myAnswersQueryKey = ["my-answers"] as const;

export const useMyAnswers = () => useQuery({ queryKey: myAnswersQueryKey, queryFn: answersApi.mine });

export function useSaveAnswer(facetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerInput) => answersApi.save(facetId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: myAnswersQueryKey }),
  });
}

export function useWithdrawAnswer(facetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => answersApi.withdraw(facetId),
    onSuccess: () => client.invalidateQueries({ queryKey: myAnswersQueryKey }),
  });
}
