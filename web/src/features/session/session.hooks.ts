import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { isApiError } from "../../lib/api";
import { type SetupInput, type SignInInput, sessionApi } from "./session.api";
import { sessionKeys } from "./session.keys";

/** Forgets everything cached for whoever was signed in (only whether setup is needed survives). */
export const forgetSessionData = (client: QueryClient) =>
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.setup[0] });

export { useMe, useSetupStatus } from "./session.queries";

export function useSetup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => sessionApi.setup(input),
    onSuccess: async () => {
      client.setQueryData(sessionKeys.setup, { needed: false });
      await client.invalidateQueries({ queryKey: sessionKeys.me });
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
      await client.invalidateQueries({ queryKey: sessionKeys.me });
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
