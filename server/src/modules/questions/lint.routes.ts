import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { lintAnswerSchema, lintBody } from "#contracts/questions";
import { lintQuestion, lintQuestions } from "#core/questions/linter";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";

/** The question linter (core/questions/linter.ts) over HTTP, for the editor's live feedback. No database. */
export async function lintRoutes(app: FastifyInstance, _options: { ctx: AppContext }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/questions/lint", {
    config: { readOnly: true },
    schema: {
      operationId: "lintQuestions",
      tags: ["questions"],
      summary: "Lint a question ({text}) or up to 200 ({texts}, results in the same order)",
      body: lintBody,
      response: { 200: lintAnswerSchema, ...errors(400, 401) },
    },
    handler: async (request) => {
      requireAuth(request);
      const { text, texts } = request.body;
      if (texts !== undefined) return { results: lintQuestions(texts) };
      return lintQuestion(text ?? "");
    },
  });
}
