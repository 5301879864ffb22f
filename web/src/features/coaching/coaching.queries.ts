import { type QueryClient, queryOptions, useQuery } from "@tanstack/react-query";
import { coachedLeaderListSchema, myCoachingSchema } from "#contracts/coaching";
import { api } from "../../lib/api";
import { coachingKeys } from "./coaching.keys";

/**
 * The two coaching reads the router's loaders start before the screens' code has loaded, so they
 * load with the entry script and leave their contract out of a production build (`api.getFromEntry`):
 * whom I coach, for the navigation (the signed-in layout), and what my coaches set me (the home).
 */
const coachedLeadersQuery = queryOptions({
  queryKey: coachingKeys.leaders,
  queryFn: () =>
    api.getFromEntry<typeof coachedLeaderListSchema>(
      "/coaching/leaders",
      import.meta.env.PROD ? undefined : coachedLeaderListSchema,
    ),
});

const myCoachingQuery = queryOptions({
  queryKey: coachingKeys.mine,
  queryFn: () =>
    api.getFromEntry<typeof myCoachingSchema>(
      "/me/coaching",
      import.meta.env.PROD ? undefined : myCoachingSchema,
    ),
  staleTime: 0,
});

export const useCoachedLeaders = (enabled = true) => useQuery({ ...coachedLeadersQuery, enabled });

/**
 * What my coaches wrote to me and set me (empty lists when nobody coaches me), for the home. Asked
 * afresh at each visit, by the home route's loader (a conversation held elsewhere moves a measured
 * assignment); the home reads that answer rather than asking again as it mounts.
 */
export const useMyCoaching = () => useQuery({ ...myCoachingQuery, refetchOnMount: false });

export const prefetchCoachedLeaders = (client: QueryClient) => void client.prefetchQuery(coachedLeadersQuery);
export const prefetchMyCoaching = (client: QueryClient) => void client.prefetchQuery(myCoachingQuery);
