import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { forgetSessionData } from "../session/session.hooks";
import { sessionKeys } from "../session/session.keys";
import { secondFactorApi } from "./second-factor.api";
import { secondFactorKeys } from "./second-factor.keys";

export const useMySecondFactor = (enabled = true) =>
  useQuery({ queryKey: secondFactorKeys.mine, queryFn: secondFactorApi.status, enabled });

export const useBeginSecondFactor = () => useMutation({ mutationFn: secondFactorApi.begin });

/**
 * Turning it on answers the recovery codes; the status is refreshed only once they are put away
 * (`useCodesKept`), so the screen that shows them is not replaced under the person's eyes.
 */
export const useConfirmSecondFactor = () => useMutation({ mutationFn: secondFactorApi.confirm });

export function useCodesKept() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: secondFactorKeys.all });
}

export function useDisableSecondFactor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: secondFactorApi.disable,
    onSuccess: () => client.invalidateQueries({ queryKey: secondFactorKeys.all }),
  });
}

/** The second step of signing in: as after a one-step sign-in, whatever was cached is forgotten. */
export function useSecondFactorSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: secondFactorApi.signIn,
    onSuccess: async () => {
      forgetSessionData(client);
      await client.invalidateQueries({ queryKey: sessionKeys.me });
    },
  });
}

export const useSecondFactorRule = () =>
  useQuery({ queryKey: secondFactorKeys.rule, queryFn: secondFactorApi.settings });

export function useChangeSecondFactorRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: secondFactorApi.setSettings,
    onSuccess: () => client.invalidateQueries({ queryKey: secondFactorKeys.all }),
  });
}
