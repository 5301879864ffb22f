import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  acceptedInvitationSchema,
  acceptInvitationBody,
  createdInvitationSchema,
  invitationBody,
  invitationPreviewSchema,
  invitationTokenParams,
} from "#contracts/invitations";
import { teamParams } from "#contracts/teams";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth, setSessionCookie } from "../../plugins/session";
import { invitationService } from "./invitation.service";

export async function invitationRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const invitations = invitationService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/invitations/:token", {
    schema: {
      operationId: "previewInvitation",
      tags: ["invitations"],
      summary: "What an invitation is for, before accepting it",
      params: invitationTokenParams,
      response: {
        200: invitationPreviewSchema,
        ...errors(400, 404, 410),
      },
    },
    handler: async (request) => {
      const invitation = await invitations.preview(request.params.token);
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
      const { invitation, url, emailed } = await invitations.create(
        requireAuth(request),
        request.params.teamId,
        request.body,
      );
      return reply.code(201).send({
        id: invitation.id,
        email: invitation.email,
        role: invitation.role,
        expiresAt: invitation.expires_at,
        url,
        emailed,
      });
    },
  });
}
