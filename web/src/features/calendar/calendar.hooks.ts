import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { calendarApi } from "./calendar.api";
import { calendarKeys } from "./calendar.keys";

export const useCalendarFeed = () => useQuery({ queryKey: calendarKeys.mine, queryFn: calendarApi.mine });

/** A new link replaces the one before; the answer carries it, the only time it is shown. */
export function useCreateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: calendarApi.create,
    onSuccess: () => client.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}

export function useDeleteCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: calendarApi.remove,
    onSuccess: () => client.invalidateQueries({ queryKey: calendarKeys.all }),
  });
}
