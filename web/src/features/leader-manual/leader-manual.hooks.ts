import { useQuery } from "@tanstack/react-query";
import { leaderManualApi } from "./leader-manual.api";
import { leaderManualKeys } from "./leader-manual.keys";

/** The manuals of a team's leaders, as the signed-in person may read them (the team page, the home). */
export const useLeaderManual = (teamId: string) =>
  useQuery({ queryKey: leaderManualKeys.team(teamId), queryFn: () => leaderManualApi.forTeam(teamId) });
