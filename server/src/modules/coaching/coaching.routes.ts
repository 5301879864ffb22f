import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  acceptCoachInvitationBody,
  acceptedCoachInvitationSchema,
  assignmentParams,
  assignmentSchema,
  coachedFigureSchema,
  coachedLeaderDetailSchema,
  coachedLeaderListSchema,
  coachInvitationParams,
  coachInvitationPreviewSchema,
  coachListSchema,
  coachNoteBody,
  coachNoteSchema,
  coachParams,
  coachSchema,
  createdCoachSchema,
  inviteCoachBody,
  leaderFigureParams,
  leaderParams,
  myCoachingSchema,
  newAssignmentBody,
  updateAssignmentBody,
  updateCoachBody,
} from "#contracts/coaching";
import { okSchema } from "#contracts/common";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth, setSessionCookie } from "../../plugins/session";
import { originOf } from "../security-log";
import { coachingService } from "./coaching.service";

const tags = ["coaching"];

/**
 * Coaching: a leader's coaches (`/me/coaches`) and what they wrote (`/me/coaching`), a coach's
 * link (`/coach-invitations/:token`), and a coach's leaders (`/coaching/leaders`). Every figure a
 * coach gets is team-level or the leader's own, and only while its grant is on.
 */
export async function coachingRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const coaching = coachingService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/me/coaches", {
    schema: {
      operationId: "inviteCoach",
      tags,
      summary:
        "Invite a coach by email with grants (someone who leads a team); the link works once, for 7 days",
      body: inviteCoachBody,
      response: { 201: createdCoachSchema, ...errors(400, 401, 403, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await coaching.invite(requireAuth(request), request.body, originOf(request))),
  });

  r.get("/me/coaches", {
    schema: {
      operationId: "listMyCoaches",
      tags,
      summary: "My coaches and the invitations to coach me that have not ended, newest first",
      response: { 200: coachListSchema, ...errors(401) },
    },
    handler: async (request) => ({ coaches: await coaching.list(requireAuth(request)) }),
  });

  r.patch("/me/coaches/:coachId", {
    schema: {
      operationId: "updateMyCoach",
      tags,
      summary: "Switch a coach's grants on or off: their next request sees the new set",
      params: coachParams,
      body: updateCoachBody,
      response: { 200: coachSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) =>
      coaching.update(requireAuth(request), request.params.coachId, request.body.grants, originOf(request)),
  });

  r.delete("/me/coaches/:coachId", {
    schema: {
      operationId: "endMyCoach",
      tags,
      summary:
        "End a coaching (or withdraw the invitation): the coach's next request is refused, an unused link answers 410",
      params: coachParams,
      response: { 200: okSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => {
      await coaching.end(requireAuth(request), request.params.coachId, originOf(request));
      return { ok: true as const };
    },
  });

  r.get("/me/coaching", {
    schema: {
      operationId: "getMyCoaching",
      tags,
      summary: "What my coaches wrote to me and the assignments they set, with progress",
      response: { 200: myCoachingSchema, ...errors(401) },
    },
    handler: async (request) => coaching.mine(requireAuth(request)),
  });

  r.patch("/me/coaching/assignments/:assignmentId", {
    schema: {
      operationId: "markMyAssignment",
      tags,
      summary: "Mark an assignment my coach set done, or not done again (a measured one too)",
      params: assignmentParams,
      body: updateAssignmentBody,
      response: { 200: assignmentSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) =>
      coaching.markAssignment(requireAuth(request), request.params.assignmentId, request.body.done),
  });

  r.get("/coach-invitations/:token", {
    schema: {
      operationId: "previewCoachInvitation",
      tags,
      summary: "What an invitation to coach is for, before accepting it (named by its link's token)",
      params: coachInvitationParams,
      response: { 200: coachInvitationPreviewSchema, ...errors(400, 404, 410) },
    },
    handler: async (request) => {
      const found = await coaching.preview(request.params.token);
      return {
        workspaceName: found.workspace_name,
        leaderName: found.leader_name,
        email: found.email,
        grants: found.grants,
        expiresAt: found.expires_at,
      };
    },
  });

  r.post("/coach-invitations/:token/accept", {
    config: { sessionOnly: true },
    schema: {
      operationId: "acceptCoachInvitation",
      tags,
      summary:
        "Accept: signed in as the invited address, become the leader's coach; signed out, create the account (name + password) in the leader's workspace and sign in",
      params: coachInvitationParams,
      body: acceptCoachInvitationBody,
      response: { 200: acceptedCoachInvitationSchema, ...errors(400, 401, 403, 404, 409, 410, 429) },
    },
    handler: async (request, reply) => {
      const { coachId, leaderId, sessionToken } = await coaching.accept(
        request.params.token,
        request.body ?? {},
        { auth: request.auth, address: request.ip, origin: originOf(request) },
      );
      if (sessionToken) setSessionCookie(reply, ctx, sessionToken);
      return { coachId, leaderId };
    },
  });

  r.get("/coaching/leaders", {
    schema: {
      operationId: "listCoachedLeaders",
      tags,
      summary: "The leaders I coach, with their grants and my open assignments to each",
      response: { 200: coachedLeaderListSchema, ...errors(401) },
    },
    handler: async (request) => ({ leaders: await coaching.leaders(requireAuth(request)) }),
  });

  r.get("/coaching/leaders/:leaderId", {
    schema: {
      operationId: "getCoachedLeader",
      tags,
      summary:
        "A leader I coach: the figures they grant me (null where not granted), my notes and assignments",
      description:
        "Team-level figures and the leader's own only: never a member's answer, a belief, a conversation's notes, a member's name or a pulse response. 404 unless I coach this leader now.",
      params: leaderParams,
      response: { 200: coachedLeaderDetailSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => coaching.leader(requireAuth(request), request.params.leaderId),
  });

  r.get("/coaching/leaders/:leaderId/figures/:grant", {
    schema: {
      operationId: "getCoachedLeaderFigure",
      tags,
      summary: "One figure a leader I coach grants me (403 while they do not)",
      description:
        "The figure alone, the others null. 403 `grant_required` while the leader has that grant off; 404 unless I coach this leader now.",
      params: leaderFigureParams,
      response: { 200: coachedFigureSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) =>
      coaching.figure(requireAuth(request), request.params.leaderId, request.params.grant),
  });

  r.post("/coaching/leaders/:leaderId/notes", {
    schema: {
      operationId: "addCoachNote",
      tags,
      summary: "Write a note to a leader I coach (the two of us alone read it)",
      params: leaderParams,
      body: coachNoteBody,
      response: { 201: coachNoteSchema, ...errors(400, 401, 404) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await coaching.addNote(requireAuth(request), request.params.leaderId, request.body.body)),
  });

  r.post("/coaching/leaders/:leaderId/assignments", {
    schema: {
      operationId: "addPracticeAssignment",
      tags,
      summary:
        "Set a leader I coach a practice assignment with a due day; a measured one (needs the practice grant, else 403) counts itself from their data",
      params: leaderParams,
      body: newAssignmentBody,
      response: { 201: assignmentSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await coaching.addAssignment(requireAuth(request), request.params.leaderId, request.body)),
  });
}
