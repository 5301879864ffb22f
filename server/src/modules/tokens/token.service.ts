import type { TokenScope } from "#contracts/tokens";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import type { ApiTokenRow } from "../../db/schema";
import { addDays, iso } from "../../lib/clock";
import { forbidden, notFound } from "../../lib/errors";
import { newId, newToken, tokenDigest } from "../../lib/tokens";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { tokenPolicy } from "./token.policy";
import { type TokenListRow, tokenRepository } from "./token.repository";

/** Recognisable, so a leaked token can be found by secret scanners: `rapport_pat_` and 43 characters. */
export const TOKEN_PREFIX = "rapport_pat_";
export const TOKEN_PATTERN = /^rapport_pat_[A-Za-z0-9_-]{43}$/;

/** Don't write last_used_at on every call: once a minute says enough about use. */
const TOUCH_EVERY_MS = 60_000;

export function tokenService(ctx: AppContext) {
  const digest = (token: string) => tokenDigest(ctx.config.sessionSecret, `api-token:${token}`);

  return {
    /** Creates a token for the signed-in person; the secret is returned this once and never stored. */
    async create(
      auth: AuthContext,
      input: { name: string; expiresInDays: number; scopes: TokenScope[] },
      origin: RequestOrigin,
    ): Promise<{ row: TokenListRow; token: string }> {
      const token = `${TOKEN_PREFIX}${newToken()}`;
      const now = ctx.clock.now();
      const row: ApiTokenRow = {
        id: newId(),
        workspace_id: auth.workspaceId,
        user_id: auth.userId,
        name: input.name,
        prefix: token.slice(TOKEN_PREFIX.length, TOKEN_PREFIX.length + 6),
        token_hash: digest(token),
        scopes: [...new Set(input.scopes)].sort(),
        created_at: iso(now),
        expires_at: iso(addDays(now, input.expiresInDays)),
        last_used_at: null,
        revoked_at: null,
      };
      await ctx.db.transaction().execute(async (trx) => {
        await tokenRepository.insert(trx, row);
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "token_created",
          at: now,
          actorId: auth.userId,
          subjectId: auth.userId,
          origin,
          detail: { tokenId: row.id, scopes: row.scopes },
        });
      });
      const [listed] = await tokenRepository.list(ctx.db, auth.workspaceId, { tokenId: row.id });
      if (!listed) throw new Error("A token just made could not be read back.");
      return { row: listed, token };
    },

    mine: (auth: AuthContext) => tokenRepository.list(ctx.db, auth.workspaceId, { userId: auth.userId }),

    async all(auth: AuthContext) {
      if (!tokenPolicy.canListAll(auth)) throw forbidden("Only admins can see every token.");
      return tokenRepository.list(ctx.db, auth.workspaceId);
    },

    /** Revokes a token: it stops working on its next request. Revoking twice is harmless. */
    async revoke(auth: AuthContext, tokenId: string, origin: RequestOrigin): Promise<void> {
      const token = await tokenRepository.find(ctx.db, auth.workspaceId, tokenId);
      if (!token || !tokenPolicy.canRevoke(auth, token)) throw notFound("This token");
      if (token.revoked_at !== null) return;
      await ctx.db.transaction().execute(async (trx) => {
        await tokenRepository.revoke(trx, token.id, iso(ctx.clock.now()));
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "token_revoked",
          at: ctx.clock.now(),
          actorId: auth.userId,
          subjectId: token.user_id,
          origin,
          detail: { tokenId: token.id },
        });
      });
    },

    /** Who a bearer token acts as, or null when it is unknown, revoked, expired or its person deactivated. */
    async resolve(token: string): Promise<AuthContext | null> {
      if (!TOKEN_PATTERN.test(token)) return null;
      const row = await tokenRepository.findActive(ctx.db, digest(token));
      const now = ctx.clock.now();
      if (!row || new Date(row.expiresAt) <= now) return null;
      if (row.lastUsedAt === null || now.getTime() - new Date(row.lastUsedAt).getTime() > TOUCH_EVERY_MS) {
        await tokenRepository.touch(ctx.db, row.tokenId, iso(now));
      }
      return {
        sessionId: `token:${row.tokenId}`,
        userId: row.userId,
        workspaceId: row.workspaceId,
        isAdmin: row.isAdmin,
        dataVersion: row.dataVersion,
        catalogueVersion: row.catalogueVersion,
        questionsVersion: row.questionsVersion,
        scopes: row.scopes,
      };
    },
  };
}
