import type { AnswerRequest, Learning, LearningInput } from "#contracts/conversations";
import { validateFacetValue } from "#core/facets/catalogue";
import { isAudited } from "#core/facets/facet";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import { iso } from "../../lib/clock";
import { badRequest } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { currentAnswers } from "../answers";
import { type FacetRow, listFacets, toDefinition } from "../facets";
import { presentBelief, writeBelief } from "../knowledge";
import { presentRequest } from "./conversation.presenter";
import { answerRequestRepository, conversationRepository } from "./conversation.repository";
import { conversationService } from "./conversation.service";

/**
 * What a conversation teaches the leader: a belief recorded in one step (source `asked`, so the
 * facet reads verified until the person's answer says otherwise), or a request that the person
 * record the answer themselves.
 */
export function conversationLearningService(ctx: AppContext) {
  const conversations = conversationService(ctx);

  /**
   * A facet of the viewer's workspace that leaders hold beliefs about, named by id or key; any
   * other is a 400 naming `facetId`, since it came in the body.
   */
  async function auditedFacet(auth: AuthContext, idOrKey: string): Promise<FacetRow> {
    const facets = await listFacets(ctx.db, auth.workspaceId, true);
    const facet = facets.find((f) => f.id === idOrKey || f.key === idOrKey);
    const problem = !facet
      ? "is not a facet"
      : facet.retired_at !== null
        ? "is retired"
        : !isAudited(facet)
          ? "is a prompt for a leader's own manual, which nobody holds beliefs about"
          : null;
    if (!facet || problem) throw badRequest("facetId", `Invalid facetId: ${problem}.`, problem ?? "");
    return facet;
  }

  return {
    /** Records what was learned as the leader's belief, source `asked`, in one transaction. */
    async learn(auth: AuthContext, conversationId: string, input: LearningInput): Promise<Learning> {
      const row = await conversations.logged(auth, conversationId);
      const facet = await auditedFacet(auth, input.facetId);
      const checked = validateFacetValue(toDefinition(facet), input.value);
      if (!checked.ok) throw badRequest("value", `Invalid value: ${checked.message}`);
      const now = iso(ctx.clock.now());
      const belief = await writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const written = await writeBelief(trx, {
          leaderId: auth.userId,
          personId: row.person_id,
          facetId: facet.id,
          value: checked.value,
          source: "asked",
          confidence: input.confidence,
          now,
        });
        await conversationRepository.update(trx, row.id, { updated_at: now });
        return written;
      });
      return { facetId: facet.id, belief: presentBelief(belief) };
    },

    /**
     * Asks the person to record their own answer on a facet; asking again dates the request from
     * now. It shows on their home until they answer that facet.
     */
    async requestAnswer(
      auth: AuthContext,
      conversationId: string,
      facetIdOrKey: string,
    ): Promise<AnswerRequest> {
      const row = await conversations.logged(auth, conversationId);
      const facet = await auditedFacet(auth, facetIdOrKey);
      const now = iso(ctx.clock.now());
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        await answerRequestRepository.upsert(trx, {
          id: newId(),
          leader_id: auth.userId,
          person_id: row.person_id,
          facet_id: facet.id,
          conversation_id: row.id,
          created_at: now,
        });
        const [request, answers] = await Promise.all([
          answerRequestRepository.find(trx, auth.userId, row.person_id, facet.id),
          currentAnswers(trx, row.person_id),
        ]);
        if (!request) throw new Error("The answer request just written is not there.");
        return presentRequest(request, answers);
      });
    },
  };
}
