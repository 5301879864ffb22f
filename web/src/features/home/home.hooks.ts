import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { homeApi } from "./home.api";
import { homeKeys } from "./home.keys";

/**
 * My home. Never taken as fresh from the cache: it sums up what I did on other screens (a team
 * created, an answer shared, a belief written), so each visit asks again.
 */
export const useHome = () => useQuery({ queryKey: homeKeys.mine, queryFn: homeApi.mine, staleTime: 0 });

export function useDismissChecklist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: homeApi.dismissChecklist,
    onSuccess: () => client.invalidateQueries({ queryKey: homeKeys.mine }),
  });
}
