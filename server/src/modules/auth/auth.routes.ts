import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { meSchema, passwordChangeBody, profileChangeBody, signInBody } from "#contracts/auth";
import { okSchema } from "#contracts/common";
import { signInResultSchema } from "#contracts/second-factor";
import type { AppContext } from "../../context";
import { errors, newPasswordSchema } from "../../http/schemas";
import { clearSessionCookie, requireAuth, setSessionCookie } from "../../plugins/session";
import { originOf } from "../security-log";
import { presentMe } from "./account.export";
import { authService } from "./auth.service";
import { DEVICE_COOKIE, setDeviceCookie } from "./device-cookie";
import { setPendingCookie } from "./second-factor.cookie";

export async function authRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const auth = authService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/auth/login", {
    config: { sessionOnly: true, beforeSecondFactor: true },
    schema: {
      operationId: "signIn",
      tags: ["auth"],
      summary: "Sign in with email and password; sets the session cookie",
      description:
        'When the person uses two-step sign-in, a right password answers `{secondFactor: "required"}` and a five-minute cookie; `POST /auth/login/second-factor` with a code then signs in.',
      body: signInBody,
      response: { 200: signInResultSchema, ...errors(400, 401, 429) },
    },
    handler: async (request, reply) => {
      const { email, password } = request.body;
      const result = await auth.login({
        email,
        password,
        address: request.ip,
        deviceCookie: request.cookies[DEVICE_COOKIE],
        origin: originOf(request),
      });
      if ("pending" in result) {
        setPendingCookie(reply, ctx, result.pending);
        return { secondFactor: "required" as const };
      }
      setSessionCookie(reply, ctx, result.session);
      setDeviceCookie(reply, ctx, email);
      return { ok: true as const };
    },
  });

  r.post("/auth/logout", {
    config: { sessionOnly: true, beforeSecondFactor: true },
    schema: {
      operationId: "signOut",
      tags: ["auth"],
      summary: "End this session",
      response: { 200: okSchema, ...errors(401) },
    },
    handler: async (request, reply) => {
      await auth.logout(requireAuth(request), originOf(request));
      clearSessionCookie(reply, ctx);
      return { ok: true as const };
    },
  });

  r.get("/me", {
    config: { beforeSecondFactor: true },
    schema: {
      operationId: "getMe",
      tags: ["account"],
      summary: "Who I am, my workspace and my teams",
      response: { 200: meSchema, ...errors(401) },
    },
    handler: async (request) => presentMe(await auth.me(requireAuth(request))),
  });

  r.patch("/me", {
    schema: {
      operationId: "updateMe",
      tags: ["account"],
      summary: "Change my display name, time zone and which mails I get",
      body: profileChangeBody,
      response: { 200: okSchema, ...errors(400, 401) },
    },
    handler: async (request) => {
      await auth.changeProfile(requireAuth(request), request.body);
      return { ok: true as const };
    },
  });

  r.post("/me/password", {
    config: { sessionOnly: true },
    schema: {
      operationId: "changeMyPassword",
      tags: ["account"],
      summary: "Change my password; my other sessions end",
      body: passwordChangeBody.extend({ newPassword: newPasswordSchema }),
      response: { 200: okSchema, ...errors(400, 401, 429) },
    },
    handler: async (request) => {
      await auth.changePassword(requireAuth(request), {
        ...request.body,
        address: request.ip,
        origin: originOf(request),
      });
      return { ok: true as const };
    },
  });
}
