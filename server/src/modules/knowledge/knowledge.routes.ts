import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  beliefBody,
  beliefSchema,
  comparisonBody,
  comparisonSchema,
  personFacetParams,
  personFacetSchema,
  personPageSchema,
  personParams,
} from "#contracts/knowledge";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { presentBelief, presentCell } from "./knowledge.presenter";
import { knowledgeService } from "./knowledge.service";

export async function knowledgeRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const knowledge = knowledgeService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/people/:userId", {
    schema: {
      operationId: "getPerson",
      tags: ["people"],
      summary:
        "A person's page: for their leader, every facet with belief, answer (sealed until I look), comparison and state",
      params: personParams,
      response: { 200: personPageSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const { person, relation, cells, states } = await knowledge.page(
        requireAuth(request),
        request.params.userId,
      );
      return {
        person: { id: person.id, name: person.name },
        relation,
        facets: cells.map((cell, i) => presentCell(cell, states?.[i])),
      };
    },
  });

  r.put("/people/:userId/beliefs/:facetId", {
    schema: {
      operationId: "setBelief",
      tags: ["people"],
      summary: "Record what I believe about a person I lead on a facet (private to me)",
      params: personFacetParams,
      body: beliefBody,
      response: { 200: beliefSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) => {
      const row = await knowledge.recordBelief(
        requireAuth(request),
        request.params.userId,
        request.params.facetId,
        request.body,
      );
      return presentBelief(row);
    },
  });

  r.post("/people/:userId/facets/:facetId/reveal", {
    schema: {
      operationId: "revealAnswer",
      tags: ["people"],
      summary:
        "Look at the answer of a person I lead on a facet (recorded; a belief I change after this is after_answer)",
      description:
        "Until a leader has looked (or written a belief while the answer was sealed), a person's answer reaches that leader sealed: only that it exists and when. Looking is recorded once per version of the answer's words; a member's change of words seals it again. Idempotent. No body.",
      params: personFacetParams,
      response: { 200: personFacetSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) => {
      const { cell, state } = await knowledge.reveal(
        requireAuth(request),
        request.params.userId,
        request.params.facetId,
      );
      return presentCell(cell, state);
    },
  });

  r.put("/people/:userId/comparisons/:facetId", {
    schema: {
      operationId: "setComparison",
      tags: ["people"],
      summary:
        "Mark my belief against their answer: match, partial or miss (a reason to override a computed one)",
      params: personFacetParams,
      body: comparisonBody,
      response: { 200: comparisonSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) =>
      knowledge.markComparison(
        requireAuth(request),
        request.params.userId,
        request.params.facetId,
        request.body.outcome,
        request.body.reason,
      ),
  });
}
