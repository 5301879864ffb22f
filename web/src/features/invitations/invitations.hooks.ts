import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { forgetSessionData } from "../session/session.hooks";
import { type AcceptInput, invitationsApi } from "./invitations.api";
import { invitationKeys } from "./invitations.keys";

export const useInvitationPreview = (token: string) =>
  useQuery({
    queryKey: invitationKeys.preview(token),
    queryFn: () => invitationsApi.preview(token),
    retry: false,
  });

export function useAcceptInvitation(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptInput) => invitationsApi.accept(token, input),
    // Accepting may sign in as a new person, and always changes their teams: start afresh.
    onSuccess: () => {
      forgetSessionData(client);
    },
  });
}
