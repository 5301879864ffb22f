import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { forgetSessionData } from "../session/session.hooks";
import {
  type AcceptCoachInvitationInput,
  type CoachGrant,
  type CoachNoteInput,
  coachingApi,
  type InviteCoachInput,
  type NewAssignmentInput,
} from "./coaching.api";
import { coachingKeys } from "./coaching.keys";
import { useCoachedLeaders } from "./coaching.queries";

// ---- The leader's side ------------------------------------------------------------------

export const useMyCoaches = () => useQuery({ queryKey: coachingKeys.coaches, queryFn: coachingApi.coaches });

export { useMyCoaching } from "./coaching.queries";

function useRefresh(key: readonly unknown[]) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
}

export function useInviteCoach() {
  const refresh = useRefresh(coachingKeys.coaches);
  return useMutation({
    mutationFn: (input: InviteCoachInput) => coachingApi.invite(input),
    onSuccess: refresh,
  });
}

export function useUpdateGrants() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ coachId, grants }: { coachId: string; grants: CoachGrant[] }) =>
      coachingApi.updateGrants(coachId, { grants }),
    // The answer is the coach as saved: shown at once, so a switch never flips back while the
    // list is asked again.
    onSuccess: (saved) => {
      client.setQueryData(
        coachingKeys.coaches,
        (list: Awaited<ReturnType<typeof coachingApi.coaches>> | undefined) =>
          list ? { coaches: list.coaches.map((coach) => (coach.id === saved.id ? saved : coach)) } : list,
      );
      return client.invalidateQueries({ queryKey: coachingKeys.coaches });
    },
  });
}

export function useEndCoaching() {
  const refresh = useRefresh(coachingKeys.all);
  return useMutation({ mutationFn: (coachId: string) => coachingApi.end(coachId), onSuccess: refresh });
}

export function useMarkAssignment() {
  const refresh = useRefresh(coachingKeys.mine);
  return useMutation({
    mutationFn: ({ assignmentId, done }: { assignmentId: string; done: boolean }) =>
      coachingApi.markAssignment(assignmentId, { done }),
    onSuccess: refresh,
  });
}

// ---- The invitation link ----------------------------------------------------------------

export const useCoachInvitationPreview = (token: string) =>
  useQuery({
    queryKey: coachingKeys.invitation(token),
    queryFn: () => coachingApi.preview(token),
    retry: false,
  });

export function useAcceptCoachInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptCoachInvitationInput) => coachingApi.accept(token, input),
    // Accepting may sign in as a new person, and always gives them a leader to coach: start afresh.
    onSuccess: () => {
      forgetSessionData(client);
    },
  });
}

// ---- The coach's side -------------------------------------------------------------------

export { useCoachedLeaders };

/**
 * Whether the signed-in person coaches anyone, for the navigation (asked once signed in): false
 * while it is asked, and when it cannot be (the navigation then simply leaves the entry out).
 */
export function useCoachesSomeone(signedIn: boolean): boolean {
  const leaders = useCoachedLeaders(signedIn);
  return (leaders.data?.leaders.length ?? 0) > 0;
}

/**
 * One coached leader's granted figures. Asked afresh on each visit: the leader may have switched a
 * grant off, and the coach then sees at once that it is gone.
 */
export const useCoachedLeader = (leaderId: string) =>
  useQuery({
    queryKey: coachingKeys.leader(leaderId),
    queryFn: () => coachingApi.leader(leaderId),
    staleTime: 0,
  });

/** Every coached leader's page at once, for the trends on the coach's home. */
export const useCoachedLeaderDetails = (leaderIds: readonly string[]) =>
  useQueries({
    queries: leaderIds.map((leaderId) => ({
      queryKey: coachingKeys.leader(leaderId),
      queryFn: () => coachingApi.leader(leaderId),
    })),
  });

export function useWriteNote(leaderId: string) {
  const refresh = useRefresh(coachingKeys.leaders);
  return useMutation({
    mutationFn: (input: CoachNoteInput) => coachingApi.writeNote(leaderId, input),
    onSuccess: refresh,
  });
}

export function useSetAssignment(leaderId: string) {
  const refresh = useRefresh(coachingKeys.leaders);
  return useMutation({
    mutationFn: (input: NewAssignmentInput) => coachingApi.setAssignment(leaderId, input),
    onSuccess: refresh,
  });
}
