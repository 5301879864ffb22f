import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  commitmentListSchema,
  commitmentParams,
  commitmentPatchBody,
  commitmentQuery,
  commitmentSchema,
  newCommitmentBody,
} from "#contracts/commitments";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { commitmentService } from "./commitment.service";

/** Commitments between a leader and a person they lead: either records one, only the two see or change it. */
export async function commitmentRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const commitments = commitmentService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/commitments", {
    schema: {
      operationId: "listCommitments",
      tags: ["commitments"],
      summary:
        "My commitments: those between me and the people I lead, and between me and my leaders, both ways; by due day",
      description:
        "`personId` keeps those with one person (someone I lead, or one of my leaders; anyone else gives an empty list); `status` those open, done or dropped. `overdue` is worked out on my today, in my time zone.",
      querystring: commitmentQuery,
      response: { 200: commitmentListSchema, ...errors(400, 401) },
    },
    handler: async (request) => ({
      commitments: await commitments.list(requireAuth(request), request.query),
    }),
  });

  r.post("/commitments", {
    schema: {
      operationId: "createCommitment",
      tags: ["commitments"],
      summary:
        "Record what I or the other promised: with a person I lead (personId) or with my leader (leaderId)",
      description:
        "Due today or later, in my time zone (400 naming `dueOn` otherwise, nothing stored). 404 when the other is neither someone I lead nor one of my leaders, or when `conversationId` names no conversation between the two of us.",
      body: newCommitmentBody,
      response: { 201: commitmentSchema, ...errors(400, 401, 404) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await commitments.create(requireAuth(request), request.body)),
  });

  r.patch("/commitments/:commitmentId", {
    schema: {
      operationId: "changeCommitment",
      tags: ["commitments"],
      summary:
        "Mark a commitment done or dropped (on closedOn, today when left out) or open again, or change its words or due day",
      description:
        "For the two people in it only (404 to anyone else). A due day or closing day before the day it was made is a 400 naming the field, as is a closing day still to come.",
      params: commitmentParams,
      body: commitmentPatchBody,
      response: { 200: commitmentSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) =>
      commitments.change(requireAuth(request), request.params.commitmentId, request.body),
  });
}
