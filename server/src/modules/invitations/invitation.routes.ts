import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import {
  acceptedInvitationSchema,
  acceptInvitationBody,
  createdInvitationSchema,
  invitationBody,
  invitationByIdParams,
  invitationLinkParams,
  invitationParams,
  invitationPreviewSchema,
  invitationTokenParams,
  openInvitationListSchema,
} from "#contracts/invitations";
import { teamParams } from "#contracts/teams";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth, setSessionCookie } from "../../plugins/session";
import { originOf } from "../security-log";
import { invitationService } from "./invitation.service";

/** An invitation just made or renewed, with its link (shown only now). */
const presentIssued = (issued: {
  invitation: { id: string; email: string; role: "leader" | "member"; expires_at: string };
  url: string;
  emailed: boolean;
}) => ({
  id: issued.invitation.id,
  email: issued.invitation.email,
  role: issued.invitation.role,
  expiresAt: issued.invitation.expires_at,
  url: issued.url,
  emailed: issued.emailed,
});

export async function invitationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const invitations = invitationService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  // `:invitation` is the link's token here and the invitation's id on DELETE: one path, one name.
  r.get("/invitations/:invitation", {
    schema: {
      operationId: "previewInvitation",
      tags: ["invitations"],
      summary: "What an invitation is for, before accepting it (named by its link's token)",
      params: invitationLinkParams,
      response: {
        200: invitationPreviewSchema,
        ...errors(400, 404, 410),
      },
    },
    handler: async (request) => {
      const invitation = await invitations.preview(request.params.invitation);
      return {
        workspaceName: invitation.workspace_name,
        teamName: invitation.team_name,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expires_at,
      };
    },
  });

  r.post("/invitations/:token/accept", {
    config: { sessionOnly: true },
    schema: {
      operationId: "acceptInvitation",
      tags: ["invitations"],
      summary:
        "Accept: signed in as the invited address, joins the team; signed out, creates the account (name + password) and signs in",
      params: invitationTokenParams,
      body: acceptInvitationBody,
      response: {
        200: acceptedInvitationSchema,
        ...errors(400, 401, 403, 404, 410, 429),
      },
    },
    handler: async (request, reply) => {
      const { userId, teamId, sessionToken } = await invitations.accept(
        request.params.token,
        request.body ?? {},
        {
          auth: request.auth,
          address: request.ip,
          origin: originOf(request),
        },
      );
      if (sessionToken) setSessionCookie(reply, ctx, sessionToken);
      return { userId, teamId };
    },
  });

  r.post("/teams/:teamId/invitations", {
    schema: {
      operationId: "createInvitation",
      tags: ["invitations"],
      summary: "Invite an email address to the team; the link works once, for 7 days",
      params: teamParams,
      body: invitationBody,
      response: {
        201: createdInvitationSchema,
        ...errors(400, 401, 403, 404, 409),
      },
    },
    handler: async (request, reply) => {
      const issued = await invitations.create(
        requireAuth(request),
        request.params.teamId,
        request.body,
        originOf(request),
      );
      return reply.code(201).send(presentIssued(issued));
    },
  });

  r.get("/teams/:teamId/invitations", {
    schema: {
      operationId: "listInvitations",
      tags: ["invitations"],
      summary: "The team's open invitations, pending or expired (the team's leaders and admins)",
      params: teamParams,
      response: { 200: openInvitationListSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => {
      return { invitations: await invitations.list(requireAuth(request), request.params.teamId) };
    },
  });

  // Revoking keeps the row, so the link can go on saying "withdrawn" until it is forgotten.
  r.delete("/invitations/:invitation", {
    schema: {
      operationId: "revokeInvitation",
      tags: ["invitations"],
      summary:
        "Withdraw an invitation, named by its id (the team's leaders and admins): its link answers 410 from now on; again is harmless; 409 once accepted",
      params: invitationByIdParams,
      response: { 200: okSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) => {
      await invitations.revoke(requireAuth(request), request.params.invitation, originOf(request));
      return { ok: true as const };
    },
  });

  r.post("/invitations/:invitationId/renew", {
    schema: {
      operationId: "renewInvitation",
      tags: ["invitations"],
      summary:
        "A fresh link for a pending or expired invitation, valid 7 days; the old link answers 410 from now on",
      params: invitationParams,
      response: { 200: createdInvitationSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) =>
      presentIssued(
        await invitations.renew(requireAuth(request), request.params.invitationId, originOf(request)),
      ),
  });
}
