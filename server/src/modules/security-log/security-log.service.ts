import type {
  MySession,
  MySignIn,
  SecurityEvent,
  SecurityLog,
  SecurityLogQuery,
  SecuritySettings,
} from "#contracts/security-log";
import type { AuthContext } from "../../access/auth-context";
import { sessionRepository } from "../../access/session.repository";
import { publicSessionId } from "../../access/sessions";
import type { AppContext } from "../../context";
import { addDays, addMinutes, iso } from "../../lib/clock";
import { forbidden, notFound } from "../../lib/errors";
import { securityLogPolicy } from "./security-log.policy";
import { eventsCsv, presentEvent } from "./security-log.presenter";
import { type RequestOrigin, recordSecurityEvent } from "./security-log.record";
import { type SecurityEventFilter, securityLogRepository } from "./security-log.repository";

/** The most rows one CSV download holds (newest first); the screen says so. */
export const CSV_MAX_ROWS = 10_000;
/** How many of their own sign-ins a person sees. */
export const MY_SIGN_INS = 20;

type Filters = Omit<SecurityLogQuery, "before" | "limit">;

/** The filter's days (UTC, both inclusive) as instants: from the first day's start to the day after the last. */
function filterOf(query: Filters): SecurityEventFilter {
  return {
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.personId ? { personId: query.personId } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(query.from ? { from: `${query.from}T00:00:00.000Z` } : {}),
    ...(query.to ? { until: iso(addDays(new Date(`${query.to}T00:00:00.000Z`), 1)) } : {}),
  };
}

/** Deletes each workspace's events older than it keeps them: the log's only deletion (the daily job). */
export async function forgetOldSecurityEvents(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  let deleted = 0;
  for (const { id, days } of await securityLogRepository.workspacesWithRetention(ctx.db)) {
    deleted += await securityLogRepository.deleteOlderThan(ctx.db, id, iso(addDays(now, -days)));
  }
  return deleted;
}

export function securityLogService(ctx: AppContext) {
  function assertReader(auth: AuthContext) {
    if (!securityLogPolicy.canReadLog(auth)) throw forbidden("Only admins can read the security log.");
  }

  /** The person's sessions that can still be resumed (not past their end, nor idle too long). */
  async function liveSessions(auth: AuthContext) {
    const now = ctx.clock.now();
    const idleSince = iso(addMinutes(now, -ctx.config.sessionIdleMinutes));
    const rows = await sessionRepository.listForUser(ctx.db, auth.userId);
    return rows.filter((row) => row.expires_at > iso(now) && row.last_seen_at > idleSince);
  }

  return {
    /** A page of the workspace's log, newest first, filtered (admins). */
    async list(auth: AuthContext, query: SecurityLogQuery): Promise<SecurityLog> {
      assertReader(auth);
      const filter = filterOf(query);
      if (query.before) {
        const cursor = await securityLogRepository.find(ctx.db, auth.workspaceId, query.before);
        if (!cursor) throw notFound("The event to page from");
        filter.before = { at: cursor.occurred_at, id: cursor.id };
      }
      const rows = await securityLogRepository.list(ctx.db, auth.workspaceId, filter, query.limit + 1);
      const page = rows.slice(0, query.limit).map(presentEvent);
      return { events: page, next: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null };
    },

    /** The filtered log as CSV, newest first, at most CSV_MAX_ROWS rows (admins). */
    async csv(auth: AuthContext, query: Filters): Promise<string> {
      assertReader(auth);
      const rows = await securityLogRepository.list(ctx.db, auth.workspaceId, filterOf(query), CSV_MAX_ROWS);
      const events: SecurityEvent[] = rows.map(presentEvent);
      return eventsCsv(events);
    },

    async settings(auth: AuthContext): Promise<SecuritySettings> {
      if (!securityLogPolicy.canChangeRetention(auth)) throw forbidden("Only admins can see this setting.");
      const days = await securityLogRepository.retentionDays(ctx.db, auth.workspaceId);
      if (days === undefined) throw notFound("Workspace");
      return { retentionDays: days };
    },

    /** How long events are kept; the change itself is an event. */
    async setRetention(
      auth: AuthContext,
      retentionDays: number,
      origin: RequestOrigin,
    ): Promise<SecuritySettings> {
      if (!securityLogPolicy.canChangeRetention(auth))
        throw forbidden("Only admins can change how long the security log keeps events.");
      return ctx.db.transaction().execute(async (trx) => {
        const previous = await securityLogRepository.retentionDays(trx, auth.workspaceId);
        if (previous === undefined) throw notFound("Workspace");
        if (previous !== retentionDays) {
          await securityLogRepository.setRetentionDays(trx, auth.workspaceId, retentionDays);
          await recordSecurityEvent(trx, {
            workspaceId: auth.workspaceId,
            kind: "retention_changed",
            at: ctx.clock.now(),
            actorId: auth.userId,
            origin,
            detail: { days: retentionDays, previousDays: previous },
          });
        }
        return { retentionDays };
      });
    },

    /** Where I am signed in: my sessions that still work, the one asking marked. */
    async mySessions(auth: AuthContext): Promise<MySession[]> {
      return (await liveSessions(auth)).map((row) => ({
        id: publicSessionId(row.id),
        startedAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        address: row.address,
        userAgent: row.user_agent,
        current: row.id === auth.sessionId,
      }));
    },

    /**
     * Ends another session of mine at once: its next request is signed out. Someone else's, an
     * unknown one, or the one asking (sign out instead) is not found.
     */
    async endSession(auth: AuthContext, handle: string, origin: RequestOrigin): Promise<void> {
      await ctx.db.transaction().execute(async (trx) => {
        const rows = await sessionRepository.listForUser(trx, auth.userId);
        const session = rows.find((row) => publicSessionId(row.id) === handle);
        if (!session || !securityLogPolicy.canEndSession(auth, session.id)) throw notFound("This session");
        await sessionRepository.delete(trx, session.id);
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "session_ended",
          at: ctx.clock.now(),
          actorId: auth.userId,
          subjectId: auth.userId,
          origin,
          detail: { sessionId: handle },
        });
      });
    },

    /** My own recent sign-ins and the failed attempts at my account, newest first. */
    async mySignIns(auth: AuthContext): Promise<MySignIn[]> {
      const rows = await securityLogRepository.signInsOf(ctx.db, auth.workspaceId, auth.userId, MY_SIGN_INS);
      return rows.map((row) => ({
        at: row.occurred_at,
        outcome: row.outcome,
        address: row.address,
        userAgent: row.user_agent,
      }));
    },
  };
}
