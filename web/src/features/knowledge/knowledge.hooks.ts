import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { facetsApi } from "./facets.api";
import { type BeliefInput, type ComparisonInput, knowledgeApi } from "./knowledge.api";

export const facetsQueryKey = ["facets"] as const;
export const personQueryKey = (userId: string) => ["person", userId] as const;
/** Every audit (person, team, mine): a belief or a comparison changes them all. */
export const auditQueryKey = ["audit"] as const;

export const useFacets = () =>
  useQuery({ queryKey: facetsQueryKey, queryFn: facetsApi.list, staleTime: 5 * 60_000 });

export const usePerson = (userId: string) =>
  useQuery({ queryKey: personQueryKey(userId), queryFn: () => knowledgeApi.person(userId) });

function useRefreshPerson(userId: string) {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: personQueryKey(userId) }),
      client.invalidateQueries({ queryKey: auditQueryKey }),
    ]);
  };
}

export function useRecordBelief(userId: string, facetId: string) {
  const refresh = useRefreshPerson(userId);
  return useMutation({
    mutationFn: (input: BeliefInput) => knowledgeApi.recordBelief(userId, facetId, input),
    onSuccess: refresh,
  });
}

export function useMarkComparison(userId: string, facetId: string) {
  const refresh = useRefreshPerson(userId);
  return useMutation({
    mutationFn: (input: ComparisonInput) => knowledgeApi.markComparison(userId, facetId, input),
    onSuccess: refresh,
  });
}
