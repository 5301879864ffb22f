import { isAudited } from "#core/facets/facet";
import { leaderManualShows } from "#core/privacy/visibility";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import type { AnswerRow } from "../../db/schema";
import { type FacetRow, facetService } from "../facets";
import { teamService } from "../teams";
import { answerRepository } from "./answer.repository";

export interface LeaderManual {
  leader: { id: string; name: string };
  /** The leader's current answers on active facets that this viewer may see, in catalogue order. */
  answers: { answer: AnswerRow; facet: FacetRow }[];
}

/**
 * The "working with me" manuals of a team's leaders, as the viewer may read them: whoever may see
 * the team gets each leader, with the answers that leader shared with them (core/privacy,
 * leaderManualShows). An admin unrelated to a leader sees the leader and no answer.
 */
export function leaderManualService(ctx: AppContext) {
  const teams = teamService(ctx);
  const facets = facetService(ctx);
  return {
    async forTeam(auth: AuthContext, teamId: string): Promise<{ teamId: string; manuals: LeaderManual[] }> {
      const { team, leaders } = await teams.leaders(auth, teamId);
      const active = await facets.list(auth, false);
      const manuals = await Promise.all(
        leaders.map(async (leader): Promise<LeaderManual> => {
          const [standing, answers] = await Promise.all([
            relations.person(ctx.db, auth, leader.id),
            answerRepository.listFor(ctx.db, leader.id),
          ]);
          const relation = standing?.relation ?? "none";
          const byFacet = new Map(answers.map((a) => [a.facet_id, a]));
          const shown = active.flatMap((facet) => {
            const answer = byFacet.get(facet.id);
            return answer && leaderManualShows(answer.visibility, relation, isAudited(facet))
              ? [{ answer, facet }]
              : [];
          });
          return { leader: { id: leader.id, name: leader.name }, answers: shown };
        }),
      );
      return { teamId: team.id, manuals };
    },
  };
}
