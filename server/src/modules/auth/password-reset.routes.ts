import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  madeResetLinkSchema,
  passwordResetOptionsSchema,
  passwordResetRequestBody,
  passwordResetRequestedSchema,
  resetLinkBody,
  resetLinkSchema,
  resetPasswordBody,
} from "#contracts/auth";
import { signInResultSchema } from "#contracts/second-factor";
import { userParams } from "#contracts/users";
import type { AppContext } from "../../context";
import { errors, newPasswordSchema } from "../../http/schemas";
import { requireAuth, setSessionCookie } from "../../plugins/session";
import { originOf } from "../security-log";
import { setDeviceCookie } from "./device-cookie";
import { passwordResetService, RESET_LINK_MINUTES } from "./password-reset.service";
import { setPendingCookie } from "./second-factor.cookie";

/**
 * Password recovery. Every route is for a browser session only: an API token can neither ask for
 * a link, nor make one, nor use one.
 */
export async function passwordResetRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const resets = passwordResetService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/auth/password-resets", {
    config: { sessionOnly: true },
    schema: {
      operationId: "getPasswordResetOptions",
      tags: ["auth"],
      summary: "How a forgotten password is recovered here: a link by mail, or a link from an admin",
      response: { 200: passwordResetOptionsSchema },
    },
    handler: async () => ({ byMail: resets.byMail(), validMinutes: RESET_LINK_MINUTES }),
  });

  r.post("/auth/password-resets", {
    config: { sessionOnly: true },
    schema: {
      operationId: "requestPasswordReset",
      tags: ["auth"],
      summary:
        "Ask for a reset link by mail; the same answer whether or not the address has an account, limited like sign-in",
      body: passwordResetRequestBody,
      response: { 202: passwordResetRequestedSchema, ...errors(400, 429) },
    },
    handler: async (request, reply) => {
      const { delivery } = await resets.request({
        email: request.body.email,
        address: request.ip,
        origin: originOf(request),
      });
      delivery?.catch((error: unknown) => request.log.error({ err: error }, "password reset mail not sent"));
      return reply.code(202).send({ byMail: resets.byMail() });
    },
  });

  r.post("/auth/password-resets/check", {
    config: { sessionOnly: true },
    schema: {
      operationId: "checkPasswordReset",
      tags: ["auth"],
      summary: "Whose password a reset link sets, while it works (404 unknown, 410 used or expired)",
      body: resetLinkBody,
      response: { 200: resetLinkSchema, ...errors(400, 404, 410) },
    },
    handler: async (request) => resets.check(request.body.token),
  });

  r.post("/auth/password-resets/use", {
    config: { sessionOnly: true },
    schema: {
      operationId: "resetPassword",
      tags: ["auth"],
      summary: "Set a new password with a reset link; every session of the person ends and this one starts",
      body: resetPasswordBody.extend({ newPassword: newPasswordSchema }),
      description:
        'When the person uses two-step sign-in, the answer is `{secondFactor: "required"}` and `POST /auth/login/second-factor` with a code signs in.',
      response: { 200: signInResultSchema, ...errors(400, 403, 404, 410) },
    },
    handler: async (request, reply) => {
      const used = await resets.use(
        request.body.token,
        request.body.newPassword,
        request.auth,
        originOf(request),
      );
      if ("pending" in used) {
        setPendingCookie(reply, ctx, used.pending);
        return { secondFactor: "required" as const };
      }
      setSessionCookie(reply, ctx, used.sessionToken);
      setDeviceCookie(reply, ctx, used.email);
      return { ok: true as const };
    },
  });

  r.post("/users/:userId/password-reset", {
    config: { sessionOnly: true },
    schema: {
      operationId: "makePasswordResetLink",
      tags: ["admin"],
      summary: "Make a reset link for a person in my workspace, to hand over (admins)",
      params: userParams,
      response: { 201: madeResetLinkSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await resets.make(requireAuth(request), request.params.userId, originOf(request))),
  });
}
