import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { forgetSessionData } from "../session/session.hooks";
import { sessionKeys } from "../session/session.keys";
import { accountApi } from "./account.api";

/** A new name shows wherever `/me` is read (the header, the account page). */
export function useRename() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: accountApi.rename,
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKeys.me }),
  });
}

/** Saved settings show on the account page, which reads them from `/me`. */
export function useChangeSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: accountApi.changeSettings,
    onSuccess: () => client.invalidateQueries({ queryKey: sessionKeys.me }),
  });
}

export const useChangePassword = () =>
  useMutation({
    mutationFn: (input: { current: string; next: string }) =>
      accountApi.changePassword(input.current, input.next),
  });

/**
 * Deleting my account ends my session on the server; the sign-in page then says the account is
 * gone, and everything cached for me is forgotten.
 */
export function useDeleteAccount() {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: accountApi.deleteAccount,
    onSuccess: () => {
      void navigate("/signin", { state: { accountDeleted: true } });
      forgetSessionData(client);
    },
  });
}
