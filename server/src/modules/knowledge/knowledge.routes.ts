import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  beliefBody,
  beliefSchema,
  comparisonBody,
  comparisonSchema,
  personFacetParams,
  personPageSchema,
  personParams,
} from "#contracts/knowledge";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { presentCell } from "./knowledge.presenter";
import { knowledgeService } from "./knowledge.service";

export async function knowledgeRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const knowledge = knowledgeService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/people/:userId", {
    schema: {
      operationId: "getPerson",
      tags: ["people"],
      summary:
        "A person's page: for their leader, every facet with belief, visible answer, comparison and state",
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
      return {
        value: row.value,
        source: row.source,
        confidence: row.confidence,
        afterAnswer: row.after_answer === 1,
        recordedAt: row.recorded_at,
      };
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
