import { useQuery } from "@tanstack/react-query";
import { auditQueryKey } from "../knowledge/knowledge.hooks";
import { auditApi } from "./audit.api";

export const useTeamAudit = (teamId: string) =>
  useQuery({ queryKey: [...auditQueryKey, "team", teamId], queryFn: () => auditApi.team(teamId) });

export const useMyAudit = () => useQuery({ queryKey: [...auditQueryKey, "me"], queryFn: auditApi.mine });
