import { teamLeaderManualsSchema } from "#contracts/answers";
import { api } from "../../lib/api";

export type { LeaderManual, TeamLeaderManuals } from "#contracts/answers";

export const leaderManualApi = {
  /** Each leader of the team, with the answers of their manual the signed-in person may read. */
  forTeam: (teamId: string) =>
    api.get(`/teams/${encodeURIComponent(teamId)}/leader-manual`, teamLeaderManualsSchema),
};
