import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import {
  bulkItemsBody,
  bulkResultSchema,
  fromBankBody,
  fromBankResultSchema,
  itemChangesBody,
  itemParams,
  listItemsQuery,
  listParams,
  newItemBody,
  questionItemsSchema,
  questionListItemSchema,
  reorderBody,
} from "#contracts/questions";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { presentItem } from "./question-list.presenter";
import { questionListService } from "./question-list.service";

/**
 * The questions of one of my lists: filter, add (one of my own, or from the bank), edit, retire and
 * restore, delete, reorder, and retire, restore or move several at once.
 */
export async function questionListItemRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const lists = questionListService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/question-lists/:listId/items", {
    schema: {
      operationId: "listQuestionListItems",
      tags: ["question lists"],
      summary: "Questions of one of my lists, in order; retired ones only with includeRetired=true",
      params: listParams,
      querystring: listItemsQuery,
      response: { 200: questionItemsSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const items = await lists.items(requireAuth(request), request.params.listId, request.query);
      return { items: items.map(presentItem) };
    },
  });

  r.post("/question-lists/:listId/items", {
    schema: {
      operationId: "addQuestionListItem",
      tags: ["question lists"],
      summary: "Add a question at the end of the list; the answer carries its lint findings",
      params: listParams,
      body: newItemBody,
      response: { 201: questionListItemSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request, reply) => {
      const item = await lists.addItem(requireAuth(request), request.params.listId, request.body);
      return reply.code(201).send(presentItem(item));
    },
  });

  r.post("/question-lists/:listId/items/from-bank", {
    schema: {
      operationId: "addBankQuestionsToList",
      tags: ["question lists"],
      summary:
        "Add one bank question or a selection at the end of the list, in the order given; those the list " +
        "already holds are left out and named in alreadyInList. An id the bank does not have is a 400 naming it",
      params: listParams,
      body: fromBankBody,
      response: { 201: fromBankResultSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request, reply) => {
      const result = await lists.addFromBank(
        requireAuth(request),
        request.params.listId,
        request.body.questionIds,
      );
      return reply
        .code(201)
        .send({ added: result.added.map(presentItem), alreadyInList: result.alreadyInList });
    },
  });

  r.post("/question-lists/:listId/items/bulk", {
    schema: {
      operationId: "bulkChangeQuestionListItems",
      tags: ["question lists"],
      summary:
        "Retire, restore, or move (to the end of another of my lists, toListId) several questions at once; " +
        "all or nothing. An id that is not a question of this list is a 400 naming it",
      params: listParams,
      body: bulkItemsBody,
      response: { 200: bulkResultSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) => {
      const result = await lists.bulk(requireAuth(request), request.params.listId, request.body);
      return { changed: result.changed, items: result.items.map(presentItem) };
    },
  });

  r.put("/question-lists/:listId/items/order", {
    schema: {
      operationId: "reorderQuestionListItems",
      tags: ["question lists"],
      summary: "Reorder the list: every item id of the list exactly once, retired ones included",
      params: listParams,
      body: reorderBody,
      response: { 200: questionItemsSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const items = await lists.reorder(requireAuth(request), request.params.listId, request.body.itemIds);
      return { items: items.map(presentItem) };
    },
  });

  r.patch("/question-lists/:listId/items/:itemId", {
    schema: {
      operationId: "updateQuestionListItem",
      tags: ["question lists"],
      summary:
        "Edit a question, or retire (retired: true) and restore (false) it; a facet clears the topic and back",
      params: itemParams,
      body: itemChangesBody,
      response: { 200: questionListItemSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      const { listId, itemId } = request.params;
      return presentItem(await lists.updateItem(requireAuth(request), listId, itemId, request.body));
    },
  });

  r.delete("/question-lists/:listId/items/:itemId", {
    schema: {
      operationId: "deleteQuestionListItem",
      tags: ["question lists"],
      summary:
        "Delete a question from the list (retire it instead to keep it out of suggestions but on record)",
      params: itemParams,
      response: { 200: okSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      await lists.removeItem(requireAuth(request), request.params.listId, request.params.itemId);
      return { ok: true as const };
    },
  });
}
