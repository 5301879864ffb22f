import {
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { leaderManualKeys } from "../leader-manual/leader-manual.keys";
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

/** After a change to one of my answers: my answers, and the leaders' manuals (mine may be one). */
const refreshMine = (client: QueryClient) =>
  Promise.all([
    client.invalidateQueries({ queryKey: answerKeys.mine }),
    client.invalidateQueries({ queryKey: leaderManualKeys.all }),
  ]);

export function useSaveAnswer(facetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AnswerInput) => answersApi.save(facetId, input),
    onSuccess: () => refreshMine(client),
  });
}

export function useWithdrawAnswer(facetId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => answersApi.withdraw(facetId),
    onSuccess: () => refreshMine(client),
  });
}
