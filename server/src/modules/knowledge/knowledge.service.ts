import { DEFAULT_FRESHNESS_DAYS, knowledgeState } from "#core/audit";
import { isAudited } from "#core/facets/facet";
import { canSeeAnswer } from "#core/privacy/visibility";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { BeliefRow } from "../../db/schema";
import { iso } from "../../lib/clock";
import { badRequest, conflict, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { currentAnswer, currentAnswers } from "../answers";
import { facetService, listFacets, requireAudited } from "../facets";
import { findWorkspace } from "../setup";
import { buildCells, type Cell, toObservation } from "./knowledge";
import { knowledgePolicy } from "./knowledge.policy";
import { beliefRepository, comparisonRepository, loadKnowledge } from "./knowledge.repository";

export interface BeliefInput {
  value: unknown;
  source: BeliefRow["source"];
  confidence: number;
}

export function knowledgeService(ctx: AppContext) {
  const facets = facetService(ctx);
  /** The person, and how the viewer stands to them; 404 for anyone with no relation (admins included). */
  async function related(auth: AuthContext, personId: string) {
    const standing = await relations.person(ctx.db, auth, personId);
    const relation = standing?.relation ?? "none";
    if (!standing || !knowledgePolicy.canSee(relation)) throw notFound("Person");
    return { person: standing.person, relation };
  }

  async function ledPerson(auth: AuthContext, personId: string) {
    const found = await related(auth, personId);
    if (!knowledgePolicy.canHoldBeliefs(found.relation)) throw notFound("Person");
    return found.person;
  }

  async function workspaceFreshness(workspaceId: string): Promise<number> {
    return (await findWorkspace(ctx.db, workspaceId))?.freshness_days ?? DEFAULT_FRESHNESS_DAYS;
  }

  return {
    /**
     * A person's page. A leader gets every facet with their belief, the answer where visible,
     * the comparison and the knowledge state. A teammate gets only answers shared with the team.
     */
    async page(auth: AuthContext, personId: string) {
      const { person, relation } = await related(auth, personId);
      const facets = (await listFacets(ctx.db, auth.workspaceId, false)).filter(isAudited);
      if (!knowledgePolicy.canHoldBeliefs(relation)) {
        const answers = await currentAnswers(ctx.db, personId);
        const visible = answers.filter((a) => canSeeAnswer(a.visibility, relation));
        const cells: Cell[] = facets.map((facet) => {
          const answer = visible.find((a) => a.facet_id === facet.id);
          return { personId, facet, ...(answer ? { answer } : {}) };
        });
        return { person, relation, cells, states: null };
      }
      const rows = await loadKnowledge(ctx.db, auth.userId, [personId]);
      const cells = buildCells(facets, [personId], rows);
      const settings = { now: ctx.clock.now(), freshnessDays: await workspaceFreshness(auth.workspaceId) };
      const states = cells.map((cell) => knowledgeState(toObservation(cell), settings));
      return { person, relation, cells, states };
    },

    /**
     * Records what the leader believes. A belief written while the member's answer is visible is
     * kept but marked after_answer ("beliefs come first"), and any earlier comparison is dropped.
     */
    async recordBelief(auth: AuthContext, personId: string, facetIdOrKey: string, input: BeliefInput) {
      await ledPerson(auth, personId);
      const { facet, value } = await facets.checkedValue(auth, facetIdOrKey, input.value);
      requireAudited(facet);
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const existing = await beliefRepository.find(trx, auth.userId, personId, facet.id);
        const answer = await currentAnswer(trx, personId, facet.id);
        const answerSeen = answer !== undefined && canSeeAnswer(answer.visibility, "leader");
        const row: BeliefRow = {
          id: existing?.id ?? newId(),
          leader_id: auth.userId,
          person_id: personId,
          facet_id: facet.id,
          value,
          source: input.source,
          confidence: input.confidence,
          after_answer: existing?.after_answer === 1 || answerSeen ? 1 : 0,
          recorded_at: iso(ctx.clock.now()),
        };
        await beliefRepository.upsert(trx, row);
        await comparisonRepository.forget(trx, personId, facet.id, auth.userId);
        return row;
      });
    },

    /**
     * The leader's verdict on belief against answer. For structured facets Rapport computes it;
     * a different verdict needs a reason.
     */
    async markComparison(
      auth: AuthContext,
      personId: string,
      facetIdOrKey: string,
      outcome: "match" | "partial" | "miss",
      reason?: string,
    ) {
      await ledPerson(auth, personId);
      const facet = requireAudited(await facets.get(auth, facetIdOrKey));
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const rows = await loadKnowledge(trx, auth.userId, [personId]);
        const [cell] = buildCells([facet], [personId], rows);
        if (!cell?.belief || !cell.answer) {
          throw conflict("nothing_to_compare", "A comparison needs your belief and an answer you can see.");
        }
        if (cell.computedOutcome && cell.computedOutcome !== outcome && !reason) {
          throw badRequest(
            "reason",
            `Invalid reason: Rapport computed "${cell.computedOutcome}"; say why you see it differently.`,
            "is required to override the computed outcome",
          );
        }
        const now = iso(ctx.clock.now());
        await comparisonRepository.upsert(trx, {
          id: newId(),
          leader_id: auth.userId,
          person_id: personId,
          facet_id: facet.id,
          outcome,
          reason: reason ?? null,
          compared_at: now,
        });
        return { outcome, computed: false, reason: reason ?? null, comparedAt: now };
      });
    },

    workspaceFreshness,
  };
}
