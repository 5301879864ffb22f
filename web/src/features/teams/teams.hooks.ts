import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { meQueryKey } from "../../lib/query-client";
import { type InviteInput, teamsApi } from "./teams.api";

export const teamsQueryKey = ["teams"] as const;
export const teamQueryKey = (teamId: string) => ["teams", teamId] as const;

export const useTeams = () => useQuery({ queryKey: teamsQueryKey, queryFn: teamsApi.list });

export const useTeam = (teamId: string) =>
  useQuery({ queryKey: teamQueryKey(teamId), queryFn: () => teamsApi.detail(teamId) });

export function useCreateTeam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => teamsApi.create(name),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: teamsQueryKey }),
        client.invalidateQueries({ queryKey: meQueryKey }),
      ]);
    },
  });
}

export function useInvite(teamId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) => teamsApi.invite(teamId, input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: teamQueryKey(teamId) });
    },
  });
}
