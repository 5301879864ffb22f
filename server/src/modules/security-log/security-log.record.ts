import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import {
  type SecurityDetail,
  type SecurityEventKind,
  type SecurityOutcome,
  securityDetailSchema,
} from "#contracts/security-log";
import type { Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { newId } from "../../lib/tokens";
import { securityLogRepository } from "./security-log.repository";

/** Where a request came from: the client address (`request.ip`) and a shortened user agent. */
export interface RequestOrigin {
  address: string | null;
  userAgent: string | null;
}

/** The longest user agent kept: enough to tell a phone's browser from a laptop's. */
export const USER_AGENT_MAX = 160;

/** A user agent as kept: control characters turned to spaces, whitespace folded, at most USER_AGENT_MAX characters. */
export function shortUserAgent(value: string | undefined | null): string | null {
  if (!value) return null;
  const cleaned = value
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return cleaned === "" ? null : cleaned.slice(0, USER_AGENT_MAX);
}

/** The origin of a request, for the events it causes and the session it starts. */
export const originOf = (request: FastifyRequest): RequestOrigin => ({
  address: request.ip ? request.ip.slice(0, 64) : null,
  userAgent: shortUserAgent(request.headers["user-agent"]),
});

/** One event to record. */
export interface SecurityEventInput {
  workspaceId: string;
  kind: SecurityEventKind;
  /** When it happened (the app's clock). */
  at: Date;
  /** Defaults to success. */
  outcome?: SecurityOutcome;
  /** Who did it; null or absent when nobody is signed in (a failed sign-in, a reset link used). */
  actorId?: string | null;
  /** Whose account it concerns; null or absent when none. */
  subjectId?: string | null;
  /** Where the request came from; absent for what a job or the command line does. */
  origin?: RequestOrigin | null;
  /** Ids and words only (the closed shape securityDetailSchema): never content, never a secret. */
  detail?: SecurityDetail;
}

/**
 * Appends one event to the security log, in the caller's transaction (or on the database, where
 * the action has none), so the event commits with the action or not at all. The log is
 * bookkeeping: this never moves the data version. A detail outside the closed shape throws, so a
 * caller cannot slip a password, a token, a link or any text into it.
 */
export async function recordSecurityEvent(db: Kysely<Database>, event: SecurityEventInput): Promise<void> {
  const detail = securityDetailSchema.parse(event.detail ?? {});
  await securityLogRepository.insert(db, {
    id: newId(),
    workspace_id: event.workspaceId,
    occurred_at: iso(event.at),
    kind: event.kind,
    actor_id: event.actorId ?? null,
    subject_id: event.subjectId ?? null,
    address: event.origin?.address ?? null,
    user_agent: shortUserAgent(event.origin?.userAgent),
    outcome: event.outcome ?? "success",
    detail: JSON.stringify(detail),
  });
}
