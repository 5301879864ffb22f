import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { meSchema } from "#contracts/auth";
import { setupStatusSchema } from "#contracts/setup";
import { api } from "../../lib/api";
import { sessionKeys } from "./session.keys";

/**
 * The two questions the layouts ask before any screen shows: whether setup is still needed and who
 * is signed in. They load with the entry script, so they leave the contract out of a production
 * build (`api.getFromEntry`): zod and the contracts then come with the screens that use them.
 */
const meQuery = queryOptions({
  queryKey: sessionKeys.me,
  queryFn: () => api.getFromEntry<typeof meSchema>("/me", import.meta.env.PROD ? undefined : meSchema),
  retry: false,
});

const setupStatusQuery = queryOptions({
  queryKey: sessionKeys.setup,
  queryFn: () =>
    api.getFromEntry<typeof setupStatusSchema>(
      "/setup",
      import.meta.env.PROD ? undefined : setupStatusSchema,
    ),
  staleTime: Number.POSITIVE_INFINITY,
});

export const useMe = () => useQuery(meQuery);
export const useSetupStatus = () => useQuery(setupStatusQuery);

/**
 * For the router's loaders: asks at the start of a navigation, while the screen's code loads,
 * instead of once the screen renders; the hooks above then find the answer or the request under way.
 */
export const prefetchMe = (client: QueryClient) => void client.prefetchQuery(meQuery);
export const prefetchSetupStatus = (client: QueryClient) => void client.prefetchQuery(setupStatusQuery);

/**
 * Asks for more once `GET /me` says someone is signed in (a loader's other reads would only meet a
 * 401, which sends the query client to ask /me again); nothing when nobody is.
 */
export const whenSignedIn = (client: QueryClient, ask: () => void) =>
  // Whoever is already known will do: a session ended since is caught by the 401 those reads meet.
  void client.fetchQuery({ ...meQuery, staleTime: Number.POSITIVE_INFINITY }).then(ask, () => undefined);
