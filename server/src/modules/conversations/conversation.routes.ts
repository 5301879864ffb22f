import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  agendaItemSchema,
  answerRequestBody,
  answerRequestSchema,
  cadenceBody,
  cadenceSchema,
  conversationListSchema,
  conversationParams,
  conversationPatchBody,
  conversationSchema,
  leaderConversationSchema,
  learningBody,
  learningSchema,
  newConversationBody,
  personConversationsParams,
  talkingPointBody,
} from "#contracts/conversations";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { presentItem } from "./conversation.presenter";
import { conversationService } from "./conversation.service";
import { conversationLearningService } from "./conversation-learning.service";

const TAGS = ["conversations"];

export async function conversationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const conversations = conversationService(ctx);
  const learning = conversationLearningService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/people/:userId/conversations", {
    schema: {
      operationId: "listConversations",
      tags: TAGS,
      summary:
        "A person's conversations, newest first: for their leader, the leader's with them and the cadence; for the person, theirs with every leader",
      params: personConversationsParams,
      response: { 200: conversationListSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => conversations.list(requireAuth(request), request.params.userId),
  });

  r.post("/people/:userId/conversations", {
    schema: {
      operationId: "planConversation",
      tags: TAGS,
      summary: "Plan a conversation with a person I lead (unfinished items of the last one held carry over)",
      description:
        "The agenda is stored as given, in order; after it come the items of the last conversation held with the person that were not covered, each naming the item it carries over in `carriedFrom`.",
      params: personConversationsParams,
      body: newConversationBody,
      response: { 201: leaderConversationSchema, ...errors(400, 401, 404) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await conversations.plan(requireAuth(request), request.params.userId, request.body)),
  });

  r.get("/conversations/:conversationId", {
    schema: {
      operationId: "getConversation",
      tags: TAGS,
      summary:
        "A conversation: the leader's view has the private notes, the vulnerability loop and the listening self-check; the person's has none of them",
      params: conversationParams,
      response: { 200: conversationSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => conversations.get(requireAuth(request), request.params.conversationId),
  });

  r.patch("/conversations/:conversationId", {
    schema: {
      operationId: "logConversation",
      tags: TAGS,
      summary:
        "Log a conversation I hold: when, held or cancelled, notes, the agenda and what was covered, the loop, the self-check",
      params: conversationParams,
      body: conversationPatchBody,
      response: { 200: leaderConversationSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) =>
      conversations.update(requireAuth(request), request.params.conversationId, request.body),
  });

  r.post("/conversations/:conversationId/talking-points", {
    schema: {
      operationId: "addTalkingPoint",
      tags: TAGS,
      summary: "Add a talking point of my own to a planned conversation with my leader",
      params: conversationParams,
      body: talkingPointBody,
      response: { 201: agendaItemSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      const item = await conversations.addTalkingPoint(
        requireAuth(request),
        request.params.conversationId,
        request.body.text,
      );
      return reply.code(201).send(presentItem(item));
    },
  });

  r.post("/conversations/:conversationId/learnings", {
    schema: {
      operationId: "recordLearning",
      tags: TAGS,
      summary: "Turn what I learned in a conversation into my belief about the person, with the source asked",
      description:
        "Creates or updates the leader's belief on the facet (as PUT /people/:userId/beliefs/:facetId would, source `asked`). A facet that is not in the workspace, retired, or a prompt for a leader's own manual is a 400 naming `facetId`.",
      params: conversationParams,
      body: learningBody,
      response: { 201: learningSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await learning.learn(requireAuth(request), request.params.conversationId, request.body)),
  });

  r.post("/conversations/:conversationId/answer-requests", {
    schema: {
      operationId: "requestAnswer",
      tags: TAGS,
      summary:
        "Ask the person to record their own answer on a facet (shown on their home until they answer it)",
      params: conversationParams,
      body: answerRequestBody,
      response: { 201: answerRequestSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await learning.requestAnswer(
            requireAuth(request),
            request.params.conversationId,
            request.body.facetId,
          ),
        ),
  });

  r.put("/people/:userId/cadence", {
    schema: {
      operationId: "setCadence",
      tags: TAGS,
      summary:
        "Set my target rhythm of conversations with a person I lead (weekly, fortnightly, monthly, none)",
      params: personConversationsParams,
      body: cadenceBody,
      response: { 200: cadenceSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) =>
      conversations.setCadence(requireAuth(request), request.params.userId, request.body.rhythm),
  });
}
