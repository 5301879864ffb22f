import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { auditKeys } from "../audit/audit.keys";
import { facetsApi } from "./facets.api";
import { type BeliefInput, type ComparisonInput, knowledgeApi } from "./knowledge.api";
import { knowledgeKeys } from "./knowledge.keys";

export const useFacets = () =>
  useQuery({ queryKey: knowledgeKeys.facets, queryFn: facetsApi.list, staleTime: 5 * 60_000 });

export const usePerson = (userId: string) =>
  useQuery({ queryKey: knowledgeKeys.person(userId), queryFn: () => knowledgeApi.person(userId) });

function useRefreshPerson(userId: string) {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: knowledgeKeys.person(userId) }),
      client.invalidateQueries({ queryKey: auditKeys.all }),
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

export function useRevealAnswer(userId: string, facetId: string) {
  const refresh = useRefreshPerson(userId);
  return useMutation({
    mutationFn: () => knowledgeApi.revealAnswer(userId, facetId),
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
