import type { Transaction } from "kysely";
import type {
  FollowershipAssessment,
  FollowershipAssessmentInput,
  FollowershipEstimate,
  FollowershipEstimateInput,
  FollowershipMap,
  MyFollowership,
} from "#contracts/followership";
import { isAudited } from "#core/facets/facet";
import { validateFacetValue } from "#core/facets/facet-value";
import {
  FOLLOWERSHIP_AXIS_MAX,
  FOLLOWERSHIP_HIGH_ABOVE,
  FOLLOWERSHIP_LOW_BELOW,
  type FollowershipAnswers,
  followershipGap,
  followershipStyle,
  scoreFollowership,
} from "#core/instruments/followership";
import { canSeeAnswer, type Visibility } from "#core/privacy/visibility";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { writeAnswer } from "../answers";
import { type FacetRow, listFacets, toDefinition } from "../facets";
import { observationsOf, teamAuditScope, writeBelief } from "../knowledge";
import { followershipPolicy } from "./followership.policy";
import { presentAssessment, presentEstimate } from "./followership.presenter";
import { type EstimateRow, followershipRepository as repository } from "./followership.repository";

/** The facet a result fills, and a leader's estimate is a belief on. */
export const FOLLOWERSHIP_FACET_KEY = "followership-style";

/** The workspace's followership-style facet, while it is in the catalogue and not retired. */
async function styleFacet(ctx: AppContext, workspaceId: string): Promise<FacetRow | undefined> {
  const facets = await listFacets(ctx.db, workspaceId, false);
  return facets.find((facet) => facet.key === FOLLOWERSHIP_FACET_KEY && isAudited(facet));
}

/** A style as the facet's value, when the facet still takes it (an option of its own). */
function styleValue(facet: FacetRow, style: string): string | undefined {
  const checked = validateFacetValue(toDefinition(facet), style);
  return checked.ok && typeof checked.value === "string" ? checked.value : undefined;
}

export function followershipService(ctx: AppContext) {
  /** The person, when the viewer leads them now; 404 for anyone else (admins included). */
  async function ledPerson(auth: AuthContext, personId: string) {
    const standing = await relations.person(ctx.db, auth, personId);
    if (!standing || !followershipPolicy.canEstimate(standing.relation)) throw notFound("Person");
    return standing.person;
  }

  return {
    /**
     * Records a take of my self-assessment (the answers are checked by the contract: every item,
     * 0–6) with its scores and style, and writes my answer on the followership-style facet (the
     * style) with the same visibility, in one transaction: the leader's belief on that facet is then
     * compared with it like any other, sealed until they look.
     */
    async take(auth: AuthContext, input: FollowershipAssessmentInput): Promise<FollowershipAssessment> {
      const answers = input.answers as FollowershipAnswers;
      const visibility: Visibility = input.visibility ?? "leader";
      const { it, ae } = scoreFollowership(answers);
      const result = followershipStyle(it, ae);
      const facet = await styleFacet(ctx, auth.workspaceId);
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const now = iso(ctx.clock.now());
        const row = {
          id: newId(),
          workspace_id: auth.workspaceId,
          user_id: auth.userId,
          it,
          ae,
          ...result,
          visibility,
          taken_at: now,
        };
        await repository.addAssessment(trx, { ...row, answers });
        const value = facet && styleValue(facet, result.style);
        if (facet && value !== undefined)
          await writeAnswer(trx, { userId: auth.userId, facetId: facet.id, value, visibility, now });
        return presentAssessment(row);
      });
    },

    /** My takes, newest first, the latest apart. */
    async mine(auth: AuthContext): Promise<MyFollowership> {
      const history = (await repository.assessmentsOf(ctx.db, auth.userId)).map(presentAssessment);
      return { latest: history[0] ?? null, history };
    },

    /**
     * The leader places a person they lead on the two axes: the estimate is rewritten in place,
     * and the leader's belief on the followership-style facet becomes the estimate's style, in the
     * same transaction, through knowledge's `writeBelief`: sealed like a belief, so `afterResult`
     * says whether the leader had looked at the person's result before writing it.
     */
    async estimate(
      auth: AuthContext,
      personId: string,
      input: FollowershipEstimateInput,
    ): Promise<FollowershipEstimate> {
      await ledPerson(auth, personId);
      const { style } = followershipStyle(input.it, input.ae);
      const facet = await styleFacet(ctx, auth.workspaceId);
      return writeContent(ctx.db, auth.workspaceId, async (trx: Transaction<Database>) => {
        const now = iso(ctx.clock.now());
        const existing = await repository.findEstimate(trx, auth.userId, personId);
        const value = facet && styleValue(facet, style);
        const belief =
          facet && value !== undefined
            ? await writeBelief(trx, {
                leaderId: auth.userId,
                personId,
                facetId: facet.id,
                value,
                source: "inferred",
                confidence: 3,
                now,
              })
            : undefined;
        const row: EstimateRow = {
          id: existing?.id ?? newId(),
          workspace_id: auth.workspaceId,
          leader_id: auth.userId,
          person_id: personId,
          it: input.it,
          ae: input.ae,
          after_result: belief?.after_answer ?? 0,
          recorded_at: now,
        };
        await repository.upsertEstimate(trx, row);
        return presentEstimate(row);
      });
    },

    /** The leader's estimate of a person they lead; 404 when there is none. */
    async estimateOf(auth: AuthContext, personId: string): Promise<FollowershipEstimate> {
      await ledPerson(auth, personId);
      const row = await repository.findEstimate(ctx.db, auth.userId, personId);
      if (!row) throw notFound("Estimate");
      return presentEstimate(row);
    },

    /**
     * A team's map for one of its leaders: each member with this leader's estimate and, where the
     * member's latest result lets a leader see it and this leader has looked at it (the same seal
     * as every answer, read through knowledge's cells), their self-view, and the gap between the two.
     */
    async teamMap(auth: AuthContext, teamId: string): Promise<FollowershipMap> {
      const [scope, facet] = await Promise.all([
        teamAuditScope(ctx.db, auth, teamId),
        styleFacet(ctx, auth.workspaceId),
      ]);
      if (!scope || !followershipPolicy.canSeeTeamMap(auth, scope.standing.role)) throw notFound("Team");
      const personIds = scope.members.map((m) => m.personId);
      const [estimates, latest, cells] = await Promise.all([
        repository.estimatesBy(ctx.db, auth.userId, personIds),
        repository.latestOf(ctx.db, personIds),
        facet ? observationsOf(ctx.db, auth.userId, [facet], personIds) : Promise.resolve([]),
      ]);
      const answerOf = new Map(cells.map((cell) => [cell.personId, cell.answerVisible]));
      return {
        teamId: scope.standing.team.id,
        regions: { low: FOLLOWERSHIP_LOW_BELOW, high: FOLLOWERSHIP_HIGH_ABOVE, max: FOLLOWERSHIP_AXIS_MAX },
        people: scope.members.map(({ personId, name }) => {
          const estimateRow = estimates.get(personId);
          const take = latest.get(personId);
          const answer = answerOf.get(personId);
          const visible =
            take !== undefined && canSeeAnswer(take.visibility, "leader") && answer !== undefined;
          const shown = visible && answer.sealed !== true ? take : undefined;
          const estimate = estimateRow ? presentEstimate(estimateRow) : null;
          return {
            person: { id: personId, name },
            estimate: estimate && {
              it: estimate.it,
              ae: estimate.ae,
              style: estimate.style,
              leaning: estimate.leaning,
              afterResult: estimate.afterResult,
            },
            self: shown
              ? {
                  it: shown.it,
                  ae: shown.ae,
                  style: shown.style,
                  leaning: shown.leaning,
                  takenAt: shown.taken_at,
                }
              : null,
            selfSealed: visible && answer.sealed === true,
            gap: estimate && shown ? followershipGap(estimate, shown) : null,
          };
        }),
      };
    },
  };
}

/** Team deletion: each leader forgets their estimates of the people they no longer lead. */
export async function forgetEstimates(
  trx: Transaction<Database>,
  forgotten: { leaderId: string; personIds: string[] }[],
): Promise<void> {
  for (const { leaderId, personIds } of forgotten) await repository.forgetEstimates(trx, leaderId, personIds);
}
