import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { TeamRole } from "../session/session.api";
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

/** After a change to a team: every team (each with its invitations) and my own teams. */
function useRefreshTeams() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: teamKeys.all }),
      client.invalidateQueries({ queryKey: sessionKeys.me }),
    ]).then(() => undefined);
}

export function useRenameTeam(teamId: string) {
  const refresh = useRefreshTeams();
  return useMutation({ mutationFn: (name: string) => teamsApi.rename(teamId, name), onSuccess: refresh });
}

/**
 * After this person's team is gone for them (deleted, or they left it): refresh the list of teams
 * and my teams, but not the team's page, which would only say "not found" while it is still on
 * screen; `forget` drops it once the screen has moved on.
 */
function useTeamGone(teamId: string) {
  const client = useQueryClient();
  return {
    refresh: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: teamKeys.all, exact: true }),
        client.invalidateQueries({ queryKey: sessionKeys.me }),
      ]).then(() => undefined),
    forget: () => client.removeQueries({ queryKey: teamKeys.detail(teamId) }),
  };
}

export function useDeleteTeam(teamId: string) {
  const gone = useTeamGone(teamId);
  const mutation = useMutation({ mutationFn: () => teamsApi.delete(teamId), onSuccess: gone.refresh });
  return { ...mutation, forget: gone.forget };
}

export function useChangeRole(teamId: string) {
  const refresh = useRefreshTeams();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: TeamRole }) =>
      teamsApi.changeRole(teamId, userId, role),
    onSuccess: refresh,
  });
}

/** Takes someone off the team; `leaving` when it is the viewer, who then no longer sees the team. */
export function useRemovePerson(teamId: string) {
  const refresh = useRefreshTeams();
  const gone = useTeamGone(teamId);
  const mutation = useMutation({
    mutationFn: ({ userId }: { userId: string; leaving: boolean }) => teamsApi.removePerson(teamId, userId),
    onSuccess: (_, { leaving }) => (leaving ? gone.refresh() : refresh()),
  });
  return { ...mutation, forget: gone.forget };
}

export function useRevokeInvitation(teamId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => teamsApi.revokeInvitation(invitationId),
    onSuccess: () => client.invalidateQueries({ queryKey: teamKeys.invitations(teamId) }),
  });
}

export function useRenewInvitation(teamId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) => teamsApi.renewInvitation(invitationId),
    onSuccess: () => client.invalidateQueries({ queryKey: teamKeys.invitations(teamId) }),
  });
}
