import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SecuritySettingsInput } from "#contracts/security-log";
import { type SecurityLogQueryInput, securityLogApi } from "./security-log.api";
import { securityLogKeys } from "./security-log.keys";

export const useSecurityLog = (filters: SecurityLogQueryInput) =>
  useQuery({
    queryKey: securityLogKeys.page(filters),
    queryFn: () => securityLogApi.list(filters),
    placeholderData: keepPreviousData,
  });

export const useSecuritySettings = () =>
  useQuery({ queryKey: securityLogKeys.settings, queryFn: securityLogApi.settings });

export function useChangeSecuritySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SecuritySettingsInput) => securityLogApi.setSettings(input),
    onSuccess: (saved) => {
      client.setQueryData(securityLogKeys.settings, saved);
      return client.invalidateQueries({ queryKey: securityLogKeys.events });
    },
  });
}

export const useMySessions = () =>
  useQuery({ queryKey: securityLogKeys.sessions, queryFn: securityLogApi.mySessions });

export const useMySignIns = () =>
  useQuery({ queryKey: securityLogKeys.signIns, queryFn: securityLogApi.mySignIns });

export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => securityLogApi.endSession(id),
    onSuccess: () => client.invalidateQueries({ queryKey: securityLogKeys.sessions }),
  });
}
