import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { peopleApi } from "./users.api";
import { peopleKeys } from "./users.keys";

export const usePeople = (enabled: boolean) =>
  useQuery({ queryKey: peopleKeys.all, queryFn: peopleApi.list, enabled });

export function useSetActive() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { userId: string; active: boolean }) =>
      peopleApi.setActive(input.userId, input.active),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}

/** Deleting a person takes them off the list of people. */
export function useDeletePerson() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => peopleApi.remove(userId),
    onSuccess: () => client.invalidateQueries({ queryKey: peopleKeys.all }),
  });
}
