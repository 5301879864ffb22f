import { useQuery } from "@tanstack/react-query";
import { auditApi } from "./audit.api";
import { auditKeys } from "./audit.keys";

export const useTeamAudit = (teamId: string) =>
  useQuery({ queryKey: auditKeys.team(teamId), queryFn: () => auditApi.team(teamId) });

export const useMyAudit = () => useQuery({ queryKey: auditKeys.mine, queryFn: auditApi.mine });

export const usePersonAudit = (userId: string) =>
  useQuery({ queryKey: auditKeys.person(userId), queryFn: () => auditApi.person(userId) });
