import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import {
  recoveryCodesSchema,
  secondFactorConfirmBody,
  secondFactorDisableBody,
  secondFactorSettingsBody,
  secondFactorSettingsSchema,
  secondFactorSetupSchema,
  secondFactorSignInBody,
  secondFactorStatusSchema,
} from "#contracts/second-factor";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth, setSessionCookie } from "../../plugins/session";
import { originOf } from "../security-log";
import { DEVICE_COOKIE, setDeviceCookie } from "./device-cookie";
import { clearPendingCookie } from "./second-factor.cookie";
import { PENDING_COOKIE } from "./second-factor.crypto";
import { secondFactorService } from "./second-factor.service";

/**
 * Two-step sign-in: setting it up, turning it off, the second step of signing in, and the
 * workspace's rule for admins. Every route is for a browser session only: an API token neither
 * signs in nor changes how its person signs in.
 */
export async function secondFactorRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const service = secondFactorService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/auth/login/second-factor", {
    config: { sessionOnly: true, beforeSecondFactor: true },
    schema: {
      operationId: "signInSecondFactor",
      tags: ["auth"],
      summary: "The second step of signing in: a code from the app, or a recovery code",
      description:
        'After `POST /auth/login` answered `{secondFactor: "required"}`, within five minutes. A wrong or already used code is a 400 naming `code` and counts as a failed sign-in.',
      body: secondFactorSignInBody,
      response: { 200: okSchema, ...errors(400, 401, 429) },
    },
    handler: async (request, reply) => {
      const { token, email } = await service.completeSignIn({
        pending: request.cookies[PENDING_COOKIE],
        code: request.body.code,
        address: request.ip,
        origin: originOf(request),
        deviceCookie: request.cookies[DEVICE_COOKIE],
      });
      clearPendingCookie(reply, ctx);
      setSessionCookie(reply, ctx, token);
      setDeviceCookie(reply, ctx, email);
      return { ok: true as const };
    },
  });

  r.get("/me/second-factor", {
    config: { sessionOnly: true, beforeSecondFactor: true },
    schema: {
      operationId: "getMySecondFactor",
      tags: ["account"],
      summary: "Whether my two-step sign-in is on, and whether I must set it up first",
      response: { 200: secondFactorStatusSchema, ...errors(401, 403) },
    },
    handler: async (request) => service.status(requireAuth(request)),
  });

  r.post("/me/second-factor/setup", {
    config: { sessionOnly: true, beforeSecondFactor: true },
    schema: {
      operationId: "beginMySecondFactor",
      tags: ["account"],
      summary: "A new key for an authenticator app; on once confirmed with a code",
      response: { 200: secondFactorSetupSchema, ...errors(401, 403, 409) },
    },
    handler: async (request) => service.begin(requireAuth(request)),
  });

  r.post("/me/second-factor/confirm", {
    config: { sessionOnly: true, beforeSecondFactor: true },
    schema: {
      operationId: "confirmMySecondFactor",
      tags: ["account"],
      summary:
        "Turn two-step sign-in on with my password and a current code; returns ten recovery codes, this once",
      description:
        "My other sessions end. A wrong password is a 400 naming `password`, a wrong code one naming `code`.",
      body: secondFactorConfirmBody,
      response: { 200: recoveryCodesSchema, ...errors(400, 401, 403, 409, 429) },
    },
    handler: async (request) => ({
      recoveryCodes: await service.confirm(requireAuth(request), { ...request.body, address: request.ip }),
    }),
  });

  r.post("/me/second-factor/disable", {
    config: { sessionOnly: true },
    schema: {
      operationId: "disableMySecondFactor",
      tags: ["account"],
      summary: "Turn two-step sign-in off, with my password and a code; my other sessions end",
      body: secondFactorDisableBody,
      response: { 200: okSchema, ...errors(400, 401, 403, 409, 429) },
    },
    handler: async (request) => {
      await service.disable(requireAuth(request), { ...request.body, address: request.ip });
      return { ok: true as const };
    },
  });

  r.get("/settings/second-factor", {
    config: { sessionOnly: true },
    schema: {
      operationId: "getSecondFactorSettings",
      tags: ["account"],
      summary: "Whether the workspace asks admins to use two-step sign-in (admins)",
      response: { 200: secondFactorSettingsSchema, ...errors(401, 403) },
    },
    handler: async (request) => service.settings(requireAuth(request)),
  });

  r.patch("/settings/second-factor", {
    config: { sessionOnly: true },
    schema: {
      operationId: "setSecondFactorSettings",
      tags: ["account"],
      summary: "Ask every admin to use two-step sign-in (admins who use it themselves)",
      body: secondFactorSettingsBody,
      response: { 200: secondFactorSettingsSchema, ...errors(400, 401, 403, 409) },
    },
    handler: async (request) => service.setSettings(requireAuth(request), request.body),
  });
}
