import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import {
  alignmentSchema,
  myRatingSchema,
  newWorkItemBody,
  workItemParams,
  workItemPatchBody,
  workItemRatingBody,
  workItemSchema,
  workItemsSchema,
} from "#contracts/priorities";
import { teamParams } from "#contracts/teams";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { prioritiesService } from "./priorities.service";

const TAGS = ["priorities"];

/** A team's work items, each person's value/effort ratings of them, and the team's alignment. */
export async function prioritiesRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const priorities = prioritiesService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/teams/:teamId/work-items", {
    schema: {
      operationId: "listWorkItems",
      tags: TAGS,
      summary:
        "The team's work items, active first, each with my own rating (the team's leaders and members)",
      description: "404 for anyone not on the team, admins included.",
      params: teamParams,
      response: { 200: workItemsSchema, ...errors(401, 404) },
    },
    handler: async (request) => ({
      items: await priorities.list(requireAuth(request), request.params.teamId),
    }),
  });

  r.post("/teams/:teamId/work-items", {
    schema: {
      operationId: "addWorkItem",
      tags: TAGS,
      summary: "Add a work item to the team's list (the team's leaders and members)",
      description:
        "A title of at most 200 characters and an optional description of at most 2000 (400 naming the field).",
      params: teamParams,
      body: newWorkItemBody,
      response: { 201: workItemSchema, ...errors(400, 401, 404) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await priorities.add(requireAuth(request), request.params.teamId, request.body)),
  });

  r.patch("/work-items/:itemId", {
    schema: {
      operationId: "updateWorkItem",
      tags: TAGS,
      summary:
        "Change a work item's title or description, or archive or restore it (its creator or a team leader)",
      description: "403 for the team's other members; 404 for anyone not on the item's team.",
      params: workItemParams,
      body: workItemPatchBody,
      response: { 200: workItemSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => priorities.update(requireAuth(request), request.params.itemId, request.body),
  });

  r.put("/work-items/:itemId/rating", {
    schema: {
      operationId: "rateWorkItem",
      tags: TAGS,
      summary: "Rate a work item's value and effort, 1–5 each, with who sees the rating (anyone on its team)",
      description:
        "Rating again rewrites my rating. Value or effort outside 1–5 is a 400 naming it; an item of a team I am not on is a 404; 409 `item_archived` for an archived item. Visibility as for answers (`leader` when left out): a private rating counts in no figure.",
      params: workItemParams,
      body: workItemRatingBody,
      response: { 200: myRatingSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) => priorities.rate(requireAuth(request), request.params.itemId, request.body),
  });

  r.delete("/work-items/:itemId/rating", {
    schema: {
      operationId: "withdrawWorkItemRating",
      tags: TAGS,
      summary: "Withdraw my rating of a work item; it counts in no figure any more",
      description: "404 when I have not rated it, or for an item of a team I am not on.",
      params: workItemParams,
      response: { 200: okSchema, ...errors(401, 404) },
    },
    handler: async (request) => {
      await priorities.withdraw(requireAuth(request), request.params.itemId);
      return { ok: true as const };
    },
  });

  r.get("/teams/:teamId/alignment", {
    schema: {
      operationId: "getTeamAlignment",
      tags: TAGS,
      summary:
        "The team's priorities and alignment: each item's value/effort figures, the ranking, the items worth a conversation, Kendall's tau and W",
      description:
        "Figures count every rating that is not private. The team's leaders see every figure, and each member's agreement with them (tau-b on value, over ratings they may see); a member sees an item's figures and the team's W only when enough people rated (the workspace's score threshold, at least 3) and the ratings they cannot see do not single anyone out, else `withheld` says why; and their own agreement with the team's leader. 404 for anyone not on the team, admins included.",
      params: teamParams,
      response: { 200: alignmentSchema, ...errors(401, 404) },
    },
    handler: async (request) => priorities.alignment(requireAuth(request), request.params.teamId),
  });
}
