import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { lintQuestion, lintQuestions } from "#core/questions/linter";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { lintResultSchema, QUESTION_TEXT_MAX } from "./question.schemas";

export const LINT_BATCH_MAX = 200;

/** A text being tried, not kept: it may be empty while someone types (the result is then not open). */
const lintTextSchema = z.string().max(QUESTION_TEXT_MAX, `must be at most ${QUESTION_TEXT_MAX} characters`);

const lintBodySchema = z
  .object({
    text: lintTextSchema.optional(),
    texts: z
      .array(lintTextSchema)
      .min(1, "must hold at least one text")
      .max(LINT_BATCH_MAX, `must hold at most ${LINT_BATCH_MAX} texts`)
      .optional(),
  })
  .superRefine((body, issue) => {
    if (body.text !== undefined && body.texts !== undefined) {
      issue.addIssue({ code: "custom", path: ["texts"], message: "send either text or texts, not both" });
    } else if (body.text === undefined && body.texts === undefined) {
      issue.addIssue({ code: "custom", path: ["text"], message: "is required (or send texts)" });
    }
  });

/** The question linter (core/questions/linter.ts) over HTTP, for the editor's live feedback. No database. */
export async function lintRoutes(app: FastifyInstance, _options: { ctx: AppContext }) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/questions/lint", {
    config: { readOnly: true },
    schema: {
      operationId: "lintQuestions",
      tags: ["questions"],
      summary: "Lint a question ({text}) or up to 200 ({texts}, results in the same order)",
      body: lintBodySchema,
      response: {
        200: z.union([lintResultSchema, z.object({ results: z.array(lintResultSchema) })]),
        ...errors(400, 401),
      },
    },
    handler: async (request) => {
      requireAuth(request);
      const { text, texts } = request.body;
      if (texts !== undefined) return { results: lintQuestions(texts) };
      return lintQuestion(text ?? "");
    },
  });
}
