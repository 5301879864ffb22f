import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { isApiError } from "../../lib/api";
import { meQueryKey } from "../../lib/query-client";
import { type SetupInput, type SignInInput, sessionApi } from "./session.api";

export const setupQueryKey = ["setup"] as const;

/** Forgets everything cached for whoever was signed in (only whether setup is needed survives). */
export const forgetSessionData = (client: QueryClient) =>
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== setupQueryKey[0] });

export const useMe = () => useQuery({ queryKey: meQueryKey, queryFn: sessionApi.me, retry: false });

export const useSetupStatus = () =>
  useQuery({ queryKey: setupQueryKey, queryFn: sessionApi.setupStatus, staleTime: Number.POSITIVE_INFINITY });

export function useSetup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => sessionApi.setup(input),
    onSuccess: async () => {
      client.setQueryData(setupQueryKey, { needed: false });
      await client.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => sessionApi.signIn(input),
    // Whatever was cached belonged to whoever was here before.
    onSuccess: async () => {
      forgetSessionData(client);
      await client.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}

/**
 * Ends the session, then forgets everything cached for it. A session that already ended counts
 * as signed out. Goes to the sign-in page, or stays on `stayOn` (an invitation to open afresh).
 */
export function useSignOut(stayOn?: string) {
  const client = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: async () => {
      try {
        await sessionApi.signOut();
      } catch (error) {
        if (!(isApiError(error) && error.isSignedOut)) throw error;
      }
    },
    onSuccess: () => {
      void navigate(stayOn ?? "/signin", { state: { signedOut: true } });
      forgetSessionData(client);
    },
  });
}
