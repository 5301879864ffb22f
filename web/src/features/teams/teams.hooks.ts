import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { sessionKeys } from "../session/session.keys";
import { type InviteInput, teamsApi } from "./teams.api";
import { teamKeys } from "./teams.keys";

export const useTeams = () => useQuery({ queryKey: teamKeys.all, queryFn: teamsApi.list });

export const useTeam = (teamId: string) =>
  useQuery({ queryKey: teamKeys.detail(teamId), queryFn: () => teamsApi.detail(teamId) });

/** The team's open invitations; only asked for by those who may manage the team. */
export const useTeamInvitations = (teamId: string) =>
  useQuery({ queryKey: teamKeys.invitations(teamId), queryFn: () => teamsApi.invitations(teamId) });

export function useCreateTeam() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => teamsApi.create(name),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: teamKeys.all }),
        client.invalidateQueries({ queryKey: sessionKeys.me }),
      ]);
    },
  });
}

export function useInvite(teamId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InviteInput) => teamsApi.invite(teamId, input),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: teamKeys.detail(teamId) });
    },
  });
}
