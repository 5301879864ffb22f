import type { Kysely, Transaction } from "kysely";
import { DEFAULT_FRESHNESS_DAYS, knowledgeState } from "#core/audit";
import { type FacetValue, isAudited } from "#core/facets/facet";
import { answerView, canSeeAnswer } from "#core/privacy/visibility";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { AnswerRow, BeliefRow, Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { badRequest, conflict, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { currentAnswer, currentAnswers } from "../answers";
import { type FacetRow, facetService, listFacets, requireAudited } from "../facets";
import { findWorkspace } from "../setup";
import { buildCells, type Cell, toObservation } from "./knowledge";
import { knowledgePolicy } from "./knowledge.policy";
import {
  beliefRepository,
  comparisonRepository,
  deleteKnowledgeAbout,
  loadKnowledge,
  revealRepository,
} from "./knowledge.repository";

export interface BeliefInput {
  value: unknown;
  source: BeliefRow["source"];
  confidence: number;
}

/**
 * Forgets what each leader wrote about people they no longer lead (beliefs, comparisons), in the
 * caller's transaction, which has moved the data version. Deleting a team calls it.
 */
export async function forgetKnowledge(
  trx: Transaction<Database>,
  forgotten: { leaderId: string; personIds: string[] }[],
): Promise<void> {
  for (const { leaderId, personIds } of forgotten) await deleteKnowledgeAbout(trx, leaderId, personIds);
}

/**
 * Records what a leader believes of a person on a facet, in the caller's transaction (which has
 * moved the data version), and drops any earlier comparison. The value must already be checked
 * against the facet and the leader must lead the person: the caller's use case decides both.
 * Written after the leader looked at the current revision of the person's answer, it is marked
 * after_answer ("beliefs come first"); written while the answer is sealed, it was committed blind:
 * it counts, and writing it is looking (recorded now).
 */
export async function writeBelief(
  trx: Transaction<Database>,
  input: BeliefInput & {
    leaderId: string;
    personId: string;
    facetId: string;
    value: FacetValue;
    now: string;
  },
): Promise<BeliefRow> {
  const { leaderId, personId, facetId, now } = input;
  const existing = await beliefRepository.find(trx, leaderId, personId, facetId);
  const answer = await answerForLeader(trx, personId, facetId);
  const lookedAt = answer ? await revealRepository.lookedAt(trx, leaderId, answer) : undefined;
  const row: BeliefRow = {
    id: existing?.id ?? newId(),
    leader_id: leaderId,
    person_id: personId,
    facet_id: facetId,
    value: input.value,
    source: input.source,
    confidence: input.confidence,
    after_answer: lookedAt === undefined ? 0 : 1,
    recorded_at: now,
  };
  await beliefRepository.upsert(trx, row);
  if (answer && lookedAt === undefined) await recordLook(trx, leaderId, answer, now);
  await comparisonRepository.forget(trx, personId, facetId, leaderId);
  return row;
}

/** The person's current answer on the facet, when a leader may see it at all (sealed or not). */
async function answerForLeader(db: Kysely<Database>, personId: string, facetId: string) {
  const answer = await currentAnswer(db, personId, facetId);
  return answer && canSeeAnswer(answer.visibility, "leader") ? answer : undefined;
}

/** Records that the leader looked at the answer's current revision; a second look changes nothing. */
async function recordLook(db: Kysely<Database>, leaderId: string, answer: AnswerRow, at: string) {
  await revealRepository.record(db, {
    leader_id: leaderId,
    person_id: answer.user_id,
    facet_id: answer.facet_id,
    answer_id: answer.id,
    revision: answer.revision,
    revealed_at: at,
  });
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

  /**
   * What one leader is shown of these people, cell by cell. Every route that gives a leader
   * anything computed from answers (the person page, the audits) reads it here, so the seal
   * (`buildCells`) holds everywhere: an answer the leader has not looked at carries only its date.
   */
  async function leaderCells(
    db: Kysely<Database>,
    leaderId: string,
    facetRows: FacetRow[],
    personIds: string[],
  ): Promise<Cell[]> {
    return buildCells(facetRows, personIds, await loadKnowledge(db, leaderId, personIds));
  }

  /** The cells and their knowledge states, as the leader's person page shows them. */
  async function leaderView(auth: AuthContext, personId: string, facetRows: FacetRow[]) {
    const cells = await leaderCells(ctx.db, auth.userId, facetRows, [personId]);
    const settings = { now: ctx.clock.now(), freshnessDays: await workspaceFreshness(auth.workspaceId) };
    const states = cells.map((cell) => knowledgeState(toObservation(cell), settings));
    return { cells, states };
  }

  return {
    /**
     * A person's page. A leader gets every facet with their belief, the answer where visible and
     * looked at (only its date while sealed), the comparison and the knowledge state. A teammate
     * gets only answers shared with the team; the person, all of their own.
     */
    async page(auth: AuthContext, personId: string) {
      const { person, relation } = await related(auth, personId);
      const facets = (await listFacets(ctx.db, auth.workspaceId, false)).filter(isAudited);
      if (!knowledgePolicy.canHoldBeliefs(relation)) {
        const answers = await currentAnswers(ctx.db, personId);
        // Not a leader: nothing to commit to first, so nothing is sealed (lookedAt does not matter).
        const visible = answers.filter((a) => answerView(a.visibility, relation, false) === "content");
        const cells: Cell[] = facets.map((facet) => {
          const answer = visible.find((a) => a.facet_id === facet.id);
          return { personId, facet, ...(answer ? { answer } : {}) };
        });
        return { person, relation, cells, states: null };
      }
      return { person, relation, ...(await leaderView(auth, personId, facets)) };
    },

    /**
     * The leader chooses to look at the member's current answer on a facet: recorded once per
     * revision (a second look changes nothing), and from then on the answer's words reach this
     * leader, and a belief they write or change on the facet is after_answer. 404 when there is no
     * answer the leader may see (none, withdrawn, or private); 409 on a prompt for a leader's own
     * manual, which no person page shows. Returns the facet as the page shows it.
     */
    async reveal(auth: AuthContext, personId: string, facetIdOrKey: string) {
      await ledPerson(auth, personId);
      const facet = requireAudited(await facets.get(auth, facetIdOrKey));
      const answer = await answerForLeader(ctx.db, personId, facet.id);
      if (!answer) throw notFound("An answer you may see on this facet");
      if ((await revealRepository.lookedAt(ctx.db, auth.userId, answer)) === undefined) {
        await writeContent(ctx.db, auth.workspaceId, (trx) =>
          recordLook(trx, auth.userId, answer, iso(ctx.clock.now())),
        );
      }
      const { cells, states } = await leaderView(auth, personId, [facet]);
      const [cell] = cells;
      if (!cell) throw notFound("Facet");
      return { cell, state: states[0] };
    },

    /**
     * Records what the leader believes (`writeBelief`): the leader must lead the person, and the
     * value must fit the facet. Once written while the answer is sealed, the answer shows from
     * then on and any later change of this belief is after_answer.
     */
    async recordBelief(auth: AuthContext, personId: string, facetIdOrKey: string, input: BeliefInput) {
      await ledPerson(auth, personId);
      const { facet, value } = await facets.checkedValue(auth, facetIdOrKey, input.value);
      requireAudited(facet);
      return writeContent(ctx.db, auth.workspaceId, (trx) =>
        writeBelief(trx, {
          leaderId: auth.userId,
          personId,
          facetId: facet.id,
          ...input,
          value,
          now: iso(ctx.clock.now()),
        }),
      );
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
        const [cell] = await leaderCells(trx, auth.userId, [facet], [personId]);
        if (cell?.sealedAnswer) {
          throw conflict("answer_sealed", "Look at their answer first: you compare only what you have seen.");
        }
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
