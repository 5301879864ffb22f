import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { homeSchema } from "#contracts/home";
import { api } from "../../lib/api";
import { homeKeys } from "./home.keys";

/**
 * My home. Never taken as fresh from the cache: it sums up what I did on other screens (a team
 * created, an answer shared, a belief written), so each visit asks again: the home route's loader
 * asks at the start of the visit, beside the screen's code (so this loads with the entry script and
 * leaves its contract out of a production build, `api.getFromEntry`), and the screen reads that
 * answer rather than asking again as it mounts.
 */
const homeQuery = queryOptions({
  queryKey: homeKeys.mine,
  queryFn: () =>
    api.getFromEntry<typeof homeSchema>("/me/home", import.meta.env.PROD ? undefined : homeSchema),
  staleTime: 0,
});

export const useHome = () => useQuery({ ...homeQuery, refetchOnMount: false });
export const prefetchHome = (client: QueryClient) => void client.prefetchQuery(homeQuery);
