import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { okSchema } from "#contracts/common";
import {
  exportQuery,
  fromStarterBody,
  IMPORT_CONTENT_MAX,
  importListBody,
  importResultSchema,
  listParams,
  newListBody,
  questionListSchema,
  questionListsSchema,
  renameListBody,
} from "#contracts/questions";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { presentList, presentSummary } from "./question-list.presenter";
import { questionListService } from "./question-list.service";

/**
 * A leader's own question lists: create (empty, from the bank, from a starter set, or from a file),
 * rename, delete, export.
 */
export async function questionListRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const lists = questionListService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/question-lists", {
    schema: {
      operationId: "listQuestionLists",
      tags: ["question lists"],
      summary: "My question lists (private: nobody else sees them, admins included)",
      response: { 200: questionListsSchema, ...errors(401) },
    },
    handler: async (request) => {
      const rows = await lists.list(requireAuth(request));
      return { lists: rows.map(presentSummary) };
    },
  });

  r.post("/question-lists", {
    schema: {
      operationId: "createQuestionList",
      tags: ["question lists"],
      summary: "Start a list: empty, a copy of the whole bank (fromBank: true) or of a filtered part of it",
      body: newListBody,
      response: { 201: questionListSchema, ...errors(400, 401, 403) },
    },
    handler: async (request, reply) => {
      const { list, items } = await lists.create(requireAuth(request), request.body);
      return reply.code(201).send(presentList(list, items));
    },
  });

  r.post("/question-lists/from-starter", {
    schema: {
      operationId: "createQuestionListFromStarter",
      tags: ["question lists"],
      summary:
        "Start a list from a ready-made starter set (first-one-on-one, new-team-member, hard-week) in one step; " +
        "it takes the set's title unless named",
      body: fromStarterBody,
      response: { 201: questionListSchema, ...errors(400, 401, 403) },
    },
    handler: async (request, reply) => {
      const { list, items } = await lists.createFromStarter(requireAuth(request), request.body);
      return reply.code(201).send(presentList(list, items));
    },
  });

  r.post("/question-lists/import", {
    bodyLimit: 3 * IMPORT_CONTENT_MAX,
    schema: {
      operationId: "importQuestionList",
      tags: ["question lists"],
      summary:
        "A new list from a CSV or Markdown export. Nothing is imported when a row is invalid (400 import_invalid " +
        "naming the first bad row: CSV rows count the header as row 1, Markdown rows are line numbers); " +
        "lint findings are reported per row and do not block the import",
      body: importListBody,
      response: { 201: importResultSchema, ...errors(400, 401, 403) },
    },
    handler: async (request, reply) => {
      const { list, items, findings } = await lists.importList(requireAuth(request), request.body);
      return reply.code(201).send({ list: presentList(list, items), findings });
    },
  });

  r.get("/question-lists/:listId", {
    schema: {
      operationId: "getQuestionList",
      tags: ["question lists"],
      summary: "One of my lists with every item, retired ones included",
      params: listParams,
      response: { 200: questionListSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const { list, items } = await lists.detail(requireAuth(request), request.params.listId);
      return presentList(list, items);
    },
  });

  r.patch("/question-lists/:listId", {
    schema: {
      operationId: "renameQuestionList",
      tags: ["question lists"],
      summary: "Rename one of my lists",
      params: listParams,
      body: renameListBody,
      response: { 200: questionListSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const { list, items } = await lists.rename(
        requireAuth(request),
        request.params.listId,
        request.body.name,
      );
      return presentList(list, items);
    },
  });

  r.delete("/question-lists/:listId", {
    schema: {
      operationId: "deleteQuestionList",
      tags: ["question lists"],
      summary: "Delete one of my lists and its questions",
      params: listParams,
      response: { 200: okSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      await lists.remove(requireAuth(request), request.params.listId);
      return { ok: true as const };
    },
  });

  r.get("/question-lists/:listId/export", {
    schema: {
      operationId: "exportQuestionList",
      tags: ["question lists"],
      summary:
        "Download a list as CSV (text,facet,topic,depth,retired) or Markdown; importing it gives the same list",
      params: listParams,
      querystring: exportQuery,
      response: {
        200: {
          description: "The file, as an attachment",
          content: { "text/csv": { schema: z.string() }, "text/markdown": { schema: z.string() } },
        },
        ...errors(400, 401, 404),
      },
    },
    handler: async (request, reply) => {
      const file = await lists.exportList(requireAuth(request), request.params.listId, request.query.format);
      return reply
        .type(file.contentType)
        .header("content-disposition", `attachment; filename="${file.fileName}"`)
        .send(file.body);
    },
  });
}
