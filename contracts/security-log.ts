import { z } from "zod";
import { coachGrantSchema } from "./coaching";
import { uuidParam } from "./common";

/**
 * The security log (issue 14): who signed in, failed to, changed a password, a role, an account,
 * an invitation, a coach's grants or a token, and who downloaded an export. Never content, never a
 * secret: an event's detail holds only the closed set of fields below, each an id, a word from a
 * fixed list, a number or a flag.
 */
export const SECURITY_EVENT_KINDS = [
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "password_changed",
  "password_reset_requested",
  "password_reset_used",
  "role_changed",
  "member_removed",
  "deactivated",
  "reactivated",
  "user_deleted",
  "invitation_sent",
  "invitation_revoked",
  "invitation_renewed",
  "invitation_accepted",
  "coach_invited",
  "coach_grants_changed",
  "coach_ended",
  "coach_accepted",
  "export_downloaded",
  "token_created",
  "token_revoked",
  "session_ended",
  "retention_changed",
] as const;
export const securityEventKindSchema = z.enum(SECURITY_EVENT_KINDS);
export type SecurityEventKind = z.infer<typeof securityEventKindSchema>;

export const SECURITY_OUTCOMES = ["success", "failure"] as const;
export const securityOutcomeSchema = z.enum(SECURITY_OUTCOMES);
export type SecurityOutcome = z.infer<typeof securityOutcomeSchema>;

/** Why something failed or how it came about: words from this list only, never free text. */
export const SECURITY_REASONS = [
  "wrong_password",
  "wrong_code",
  "second_factor",
  "deactivated",
  "by_admin",
  "by_mail",
  "self",
  "new_account",
  "existing_account",
] as const;

/** An id as stored: letters, digits, `-` and `_` (our ids are UUIDs); no room for a sentence. */
const idField = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be an id");

/**
 * Everything an event's detail may hold. Strict: another key is refused, so nothing (a password,
 * a token, a link, a name, an answer, a note) can be slipped into it.
 */
export const securityDetailSchema = z
  .object({
    reason: z.enum(SECURITY_REASONS).optional(),
    teamId: idField.optional(),
    role: z.enum(["leader", "member"]).optional(),
    previousRole: z.enum(["leader", "member"]).optional(),
    invitationId: idField.optional(),
    coachingId: idField.optional(),
    tokenId: idField.optional(),
    sessionId: idField.optional(),
    grants: z.array(coachGrantSchema).optional(),
    scopes: z.array(z.string().regex(/^[a-z:]{1,40}$/)).optional(),
    format: z.enum(["json", "csv"]).optional(),
    dataset: z
      .string()
      .regex(/^[a-z-]{1,40}$/)
      .optional(),
    days: z.number().int().optional(),
    previousDays: z.number().int().optional(),
    sessionsEnded: z.number().int().optional(),
  })
  .strict();
export type SecurityDetail = z.infer<typeof securityDetailSchema>;

/** The fewest and most days the log keeps an event. */
export const RETENTION_MIN_DAYS = 30;
export const RETENTION_MAX_DAYS = 3650;
export const RETENTION_DEFAULT_DAYS = 365;

const personRef = z.object({ id: z.string(), name: z.string() }).nullable();

/** One event as an admin reads it. */
export const securityEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: securityEventKindSchema,
  outcome: securityOutcomeSchema,
  /** Who did it (null: nobody signed in, such as a failed sign-in). */
  actor: personRef,
  /** Whose account it concerns (null: none, such as an invitation to a new address). */
  subject: personRef,
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
  detail: securityDetailSchema,
});
export type SecurityEvent = z.infer<typeof securityEventSchema>;

const dateParam = z.iso.date("must be a date (YYYY-MM-DD)");

export const securityLogQuery = z.object({
  kind: securityEventKindSchema.optional(),
  /** Events whose actor or subject is this person. */
  personId: uuidParam.optional(),
  outcome: securityOutcomeSchema.optional(),
  /** From this day (UTC), inclusive. */
  from: dateParam.optional(),
  /** To this day (UTC), inclusive. */
  to: dateParam.optional(),
  /** Events before this one (the last id of the previous page). */
  before: uuidParam.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SecurityLogQuery = z.infer<typeof securityLogQuery>;
export type SecurityLogQueryInput = z.input<typeof securityLogQuery>;

export const securityLogSchema = z.object({
  events: z.array(securityEventSchema),
  /** Pass as `before` for the next (older) page; null when there is none. */
  next: z.string().nullable(),
});
export type SecurityLog = z.infer<typeof securityLogSchema>;

export const securityLogCsvQuery = securityLogQuery.omit({ before: true, limit: true });

export const securitySettingsSchema = z.object({ retentionDays: z.number().int() });
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;

export const securitySettingsBody = z.object({
  retentionDays: z
    .number()
    .int("must be a whole number of days")
    .min(RETENTION_MIN_DAYS, `must be at least ${RETENTION_MIN_DAYS} days`)
    .max(RETENTION_MAX_DAYS, `must be at most ${RETENTION_MAX_DAYS} days`),
});
export type SecuritySettingsInput = z.input<typeof securitySettingsBody>;

/** One of my sessions. */
export const mySessionSchema = z.object({
  id: z.string(),
  startedAt: z.string(),
  lastSeenAt: z.string(),
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type MySession = z.infer<typeof mySessionSchema>;
export const mySessionsSchema = z.object({ sessions: z.array(mySessionSchema) });
export type MySessions = z.infer<typeof mySessionsSchema>;

export const sessionParams = z.object({
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, "must be an id"),
});

/** One of my own recent sign-ins, or a failed attempt at my account. */
export const mySignInSchema = z.object({
  at: z.string(),
  outcome: securityOutcomeSchema,
  address: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type MySignIn = z.infer<typeof mySignInSchema>;
export const mySignInsSchema = z.object({ signIns: z.array(mySignInSchema) });
export type MySignIns = z.infer<typeof mySignInsSchema>;
