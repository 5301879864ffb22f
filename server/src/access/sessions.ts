import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { AppContext } from "../context";
import type { Database } from "../db/schema";
import { batchedLookup } from "../lib/batched-lookup";
import { addDays, addMinutes, iso } from "../lib/clock";
import { newToken, tokenDigest } from "../lib/tokens";
import type { AuthContext } from "./auth-context";
import { sessionRepository } from "./session.repository";

/** Don't write last_seen_at on every request: once a minute is precise enough for idle time-outs. */
const TOUCH_EVERY_MS = 60_000;

/** Deletes sessions past their absolute end or idle time-out, which no request can resume. */
export async function forgetEndedSessions(ctx: AppContext, db: Kysely<Database> = ctx.db): Promise<void> {
  const now = ctx.clock.now();
  await sessionRepository.deleteEnded(db, iso(now), iso(addMinutes(now, -ctx.config.sessionIdleMinutes)));
}

/**
 * The name a session is shown and ended by: derived from its stored id, never the id itself, so
 * nothing a page shows is what the session table holds.
 */
export const publicSessionId = (sessionId: string): string =>
  createHash("sha256").update(`session-handle:${sessionId}`).digest("base64url").slice(0, 22);

/** Where a session was started from: the client address and a shortened user agent. */
export interface SessionOrigin {
  address: string | null;
  userAgent: string | null;
}

/** Starting and ending sessions, for sign-in, setup, accepting an invitation and sign-out. */
export function sessionService(ctx: AppContext) {
  return {
    /**
     * Starts a new session (a fresh token: sign-in always rotates it) and returns its token. Ended
     * sessions nobody came back to are cleared on the way, so abandoned rows do not pile up.
     */
    async start(db: Kysely<Database>, userId: string, origin?: SessionOrigin): Promise<string> {
      const token = newToken();
      const now = ctx.clock.now();
      await forgetEndedSessions(ctx, db);
      await sessionRepository.insert(db, {
        id: tokenDigest(ctx.config.sessionSecret, token),
        user_id: userId,
        created_at: iso(now),
        last_seen_at: iso(now),
        expires_at: iso(addDays(now, ctx.config.sessionMaxDays)),
        address: origin?.address ?? null,
        user_agent: origin?.userAgent ?? null,
      });
      return token;
    },

    async end(sessionId: string, db: Kysely<Database> = ctx.db): Promise<void> {
      await sessionRepository.delete(db, sessionId);
    },
  };
}

/** Who a cookie belongs to, on every API request; built once, by the session plugin. */
export function sessionResolver(ctx: AppContext) {
  /**
   * On PostgreSQL each read is a round trip to another process, so reads asked for while one is in
   * flight go together in the next (batchedLookup: still read after each request arrived, never
   * kept). SQLite answers in-process, one statement each.
   */
  const findActive =
    ctx.dialect === "postgres"
      ? batchedLookup((ids: string[]) => sessionRepository.findActiveMany(ctx.db, ids))
      : (id: string) => sessionRepository.findActive(ctx.db, id);
  /**
   * The signed-in person for a cookie token, or null when the session ended or timed out. The row
   * is read afresh on every request, one primary-key lookup joined to its user and workspace (whose
   * data version comes along, for the kept audits), never kept: so
   * sign-out, deactivation and a password change end a session on the next request, in every
   * process (ADR 5).
   */
  return async function resolve(token: string): Promise<AuthContext | null> {
    const id = tokenDigest(ctx.config.sessionSecret, token);
    const row = await findActive(id);
    if (!row) return null;
    const now = ctx.clock.now();
    const idleUntil = addMinutes(new Date(row.lastSeenAt), ctx.config.sessionIdleMinutes);
    if (new Date(row.expiresAt) <= now || idleUntil <= now) {
      await sessionRepository.delete(ctx.db, id);
      return null;
    }
    if (now.getTime() - new Date(row.lastSeenAt).getTime() > TOUCH_EVERY_MS) {
      await sessionRepository.touch(ctx.db, id, iso(now));
    }
    return {
      sessionId: id,
      userId: row.userId,
      workspaceId: row.workspaceId,
      isAdmin: row.isAdmin,
      dataVersion: row.dataVersion,
      catalogueVersion: row.catalogueVersion,
      questionsVersion: row.questionsVersion,
      scopes: null,
      ...(row.mustSetUpSecondFactor ? { mustSetUpSecondFactor: true } : {}),
    };
  };
}
