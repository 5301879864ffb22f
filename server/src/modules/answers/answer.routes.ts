import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  answerBody,
  answerHistoryPageSchema,
  answerHistoryQuery,
  myAnswerSchema,
  myAnswersSchema,
} from "#contracts/answers";
import { okSchema } from "#contracts/common";
import { facetParams } from "#contracts/facets";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { presentAnswer } from "./answer.presenter";
import { answerService } from "./answer.service";
import { encodeHistoryCursor, historyCursorSchema } from "./history-cursor";

export async function answerRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const answers = answerService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/me/answers", {
    schema: {
      operationId: "listMyAnswers",
      tags: ["answers"],
      summary: "My current answers (each facet's history is its own route)",
      response: { 200: myAnswersSchema, ...errors(401) },
    },
    handler: async (request) => {
      const { facets, answers: rows } = await answers.mine(requireAuth(request));
      const keyOf = new Map(facets.map((f) => [f.id, f.key]));
      return { answers: rows.map((a) => presentAnswer(a, keyOf.get(a.facet_id) ?? "")) };
    },
  });

  r.get("/me/answers/:facetId/history", {
    schema: {
      operationId: "listMyAnswerHistory",
      tags: ["answers"],
      summary: "The versions of my answer on a facet, newest first, a page at a time (visible to me alone)",
      params: facetParams,
      // The contract's cursor is an opaque string; the server reads what it holds.
      querystring: answerHistoryQuery.extend({ cursor: historyCursorSchema.optional() }),
      response: { 200: answerHistoryPageSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const { cursor, limit } = request.query;
      const page = await answers.history(requireAuth(request), request.params.facetId, cursor ?? null, limit);
      return {
        versions: page.versions.map((v) => ({
          facetId: v.facet_id,
          value: v.value,
          visibility: v.visibility,
          withdrawn: v.withdrawn === 1,
          recordedAt: v.recorded_at,
        })),
        nextCursor: page.next ? encodeHistoryCursor(page.next) : null,
      };
    },
  });

  r.put("/me/answers/:facetId", {
    schema: {
      operationId: "setMyAnswer",
      tags: ["answers"],
      summary:
        "Answer a facet about myself, choosing who sees it (leader by default); the prompts about leading are for people who lead a team (403 otherwise)",
      params: facetParams,
      body: answerBody,
      response: { 200: myAnswerSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => {
      const { row, facet } = await answers.put(
        requireAuth(request),
        request.params.facetId,
        request.body.value,
        request.body.visibility,
      );
      return presentAnswer(row, facet.key);
    },
  });

  r.delete("/me/answers/:facetId", {
    schema: {
      operationId: "withdrawMyAnswer",
      tags: ["answers"],
      summary: "Withdraw my answer; nobody sees it any more, my history keeps it",
      params: facetParams,
      response: { 200: okSchema, ...errors(401, 404) },
    },
    handler: async (request) => {
      await answers.withdraw(requireAuth(request), request.params.facetId);
      return { ok: true as const };
    },
  });

  r.get("/me/manual.md", {
    schema: {
      operationId: "getMyManual",
      tags: ["answers"],
      summary: 'My "working with me" manual as Markdown (only what I wrote)',
      response: {
        200: {
          description: "The manual, as a Markdown attachment",
          content: { "text/markdown": { schema: z.string() } },
        },
        ...errors(401),
      },
    },
    handler: async (request, reply) => {
      const markdown = await answers.manualMarkdown(requireAuth(request));
      return reply
        .type("text/markdown; charset=utf-8")
        .header("content-disposition", 'attachment; filename="working-with-me.md"')
        .send(markdown);
    },
  });
}
