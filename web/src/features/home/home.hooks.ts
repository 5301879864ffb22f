import { useMutation, useQueryClient } from "@tanstack/react-query";
import { homeApi } from "./home.api";
import { homeKeys } from "./home.keys";

export { useHome } from "./home.queries";

export function useDismissChecklist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: homeApi.dismissChecklist,
    onSuccess: () => client.invalidateQueries({ queryKey: homeKeys.mine }),
  });
}
