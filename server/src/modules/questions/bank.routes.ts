import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { bankFilterSchema, bankSchema } from "#contracts/questions";
import { BANK_QUESTIONS, BANK_VERSION, filterBank } from "#core/questions/bank";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";

/**
 * The question bank, read from core at runtime: every workspace sees the bank of the running version,
 * and nothing here writes (docs/adr/0003-question-bank-versioning.md).
 */
export async function bankRoutes(app: FastifyInstance, _options: { ctx: AppContext }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/questions/bank", {
    schema: {
      operationId: "listBankQuestions",
      tags: ["questions"],
      summary: "The question bank, filtered by facet, topic, depth, dimension and text",
      querystring: bankFilterSchema,
      response: { 200: bankSchema, ...errors(400, 401) },
    },
    handler: async (request) => {
      requireAuth(request);
      const questions = filterBank(BANK_QUESTIONS, request.query).map((q) => ({
        id: q.id,
        text: q.text,
        dimension: q.dimension,
        facet: q.facet,
        topic: q.topic,
        depth: q.depth,
      }));
      return { version: BANK_VERSION, questions };
    },
  });
}
