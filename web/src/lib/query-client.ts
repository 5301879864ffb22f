import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { sessionKeys } from "../features/session/session.keys";
import { isApiError } from "./api";

/**
 * Server state lives in TanStack Query. A request that finds the session gone re-checks
 * `/me`; the signed-in layout sees the 401 there and sends the person to the sign-in screen.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        const isMe = query.queryKey[0] === sessionKeys.me[0];
        if (!isMe && isApiError(error) && error.isSignedOut) {
          void client.invalidateQueries({ queryKey: sessionKeys.me });
        }
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => {
        if (isApiError(error) && error.isSignedOut)
          void client.invalidateQueries({ queryKey: sessionKeys.me });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: true,
        // A 4xx will not change on retry; a network hiccup or a 5xx might.
        retry: (failures, error) =>
          failures < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
      },
    },
  });
  return client;
}
