import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  type NewWorkItemInput,
  prioritiesApi,
  type WorkItemPatchInput,
  type WorkItemRatingInput,
} from "./priorities.api";
import { priorityKeys } from "./priorities.keys";

/** The team's work items; asked only by the team's people (`enabled`), who may see them. */
export const useWorkItems = (teamId: string, enabled = true) =>
  useQuery({ queryKey: priorityKeys.items(teamId), queryFn: () => prioritiesApi.items(teamId), enabled });

export const useAlignment = (teamId: string) =>
  useQuery({ queryKey: priorityKeys.alignment(teamId), queryFn: () => prioritiesApi.alignment(teamId) });

/** After any change to a team's work: its list and every figure drawn from the ratings. */
function useRefreshTeam(teamId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: priorityKeys.ofTeam(teamId) });
}

export function useAddWorkItem(teamId: string) {
  const refresh = useRefreshTeam(teamId);
  return useMutation({
    mutationFn: (input: NewWorkItemInput) => prioritiesApi.add(teamId, input),
    onSuccess: refresh,
  });
}

export function useChangeWorkItem(teamId: string) {
  const refresh = useRefreshTeam(teamId);
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId: string; input: WorkItemPatchInput }) =>
      prioritiesApi.change(itemId, input),
    onSuccess: refresh,
  });
}

export function useRateWorkItem(teamId: string) {
  const refresh = useRefreshTeam(teamId);
  return useMutation({
    mutationFn: ({ itemId, input }: { itemId: string; input: WorkItemRatingInput }) =>
      prioritiesApi.rate(itemId, input),
    onSuccess: refresh,
  });
}

export function useWithdrawRating(teamId: string) {
  const refresh = useRefreshTeam(teamId);
  return useMutation({
    mutationFn: (itemId: string) => prioritiesApi.withdrawRating(itemId),
    onSuccess: refresh,
  });
}
