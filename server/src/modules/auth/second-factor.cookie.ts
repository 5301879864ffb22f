import type { FastifyReply } from "fastify";
import type { AppContext } from "../../context";
import { PENDING_COOKIE, PENDING_MINUTES } from "./second-factor.crypto";

const options = (ctx: AppContext) => ({
  path: "/api/v1/auth",
  httpOnly: true,
  sameSite: "strict" as const,
  secure: ctx.config.baseUrl.startsWith("https://"),
});

/** The cookie a right password gives when a code must follow: sent only to the sign-in routes. */
export function setPendingCookie(reply: FastifyReply, ctx: AppContext, value: string): void {
  reply.setCookie(PENDING_COOKIE, value, { ...options(ctx), maxAge: PENDING_MINUTES * 60 });
}

export function clearPendingCookie(reply: FastifyReply, ctx: AppContext): void {
  reply.clearCookie(PENDING_COOKIE, options(ctx));
}
