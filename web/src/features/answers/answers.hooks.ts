import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type AnswerInput, answersApi } from "./answers.api";
import { answerKeys } from "./answers.keys";

export const useMyAnswers = () => useQuery({ queryKey: answerKeys.mine, queryFn: answersApi.mine });

/**
 * One facet's history, fetched only once `enabled` (the person opened it), a page at a time.
 * Its key starts with my answers' key, so saving or withdrawing refreshes it too.
 */
export const useAnswerHistory = (facetId: string, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: answerKeys.history(facetId),
    queryFn: ({ pageParam }) => answersApi.history(facetId, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled,
  });

export function useSaveAnswer(facetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerInput) => answersApi.save(facetId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: answerKeys.mine }),
  });
}

export function useWithdrawAnswer(facetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => answersApi.withdraw(facetId),
    onSuccess: () => client.invalidateQueries({ queryKey: answerKeys.mine }),
  });
}
