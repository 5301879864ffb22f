import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { forgetSessionData } from "../session/session.hooks";
import { sessionKeys } from "../session/session.keys";
import { passwordResetApi } from "./password-reset.api";
import { passwordResetKeys } from "./password-reset.keys";

export const useResetOptions = () =>
  useQuery({
    queryKey: passwordResetKeys.options,
    queryFn: passwordResetApi.options,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const useRequestReset = () => useMutation({ mutationFn: passwordResetApi.request });

/** `enabled` turns off once the link is used: its check would then only answer "used". */
export const useResetLink = (token: string, enabled: boolean) =>
  useQuery({
    queryKey: passwordResetKeys.link(token),
    queryFn: () => passwordResetApi.check(token),
    enabled: enabled && token !== "",
    retry: false,
  });

/** Setting the password signs in as the link's person: whatever was cached belonged to whoever was here. */
export function useResetPassword(token: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (newPassword: string) => passwordResetApi.use(token, newPassword),
    onSuccess: async () => {
      forgetSessionData(client);
      await client.invalidateQueries({ queryKey: sessionKeys.me });
    },
  });
}

export const useMakeResetLink = () => useMutation({ mutationFn: passwordResetApi.make });
