import { type SecurityEvent, securityDetailSchema, securityEventKindSchema } from "#contracts/security-log";
import { toCsv } from "../../lib/csv";
import type { SecurityEventListRow } from "./security-log.repository";

const person = (id: string | null, name: string | null) =>
  id === null ? null : { id, name: name ?? "a former member" };

/** An event as an admin reads it; a detail that no longer parses shows as empty, never raw. */
export function presentEvent(row: SecurityEventListRow): SecurityEvent {
  const detail = securityDetailSchema.safeParse(safeJson(row.detail));
  return {
    id: row.id,
    at: row.occurred_at,
    kind: securityEventKindSchema.parse(row.kind),
    outcome: row.outcome,
    actor: person(row.actor_id, row.actor_name),
    subject: person(row.subject_id, row.subject_name),
    address: row.address,
    userAgent: row.user_agent,
    detail: detail.success ? detail.data : {},
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}

const CSV_FIELDS = [
  "at",
  "kind",
  "outcome",
  "actor_id",
  "actor",
  "subject_id",
  "subject",
  "address",
  "user_agent",
  "detail",
] as const;

/** The log as CSV, through lib/csv (a cell a spreadsheet would run as a formula is kept as text). */
export function eventsCsv(events: readonly SecurityEvent[]): string {
  return toCsv(
    CSV_FIELDS,
    events.map((e) => [
      e.at,
      e.kind,
      e.outcome,
      e.actor?.id ?? null,
      e.actor?.name ?? null,
      e.subject?.id ?? null,
      e.subject?.name ?? null,
      e.address,
      e.userAgent,
      Object.keys(e.detail).length === 0 ? null : JSON.stringify(e.detail),
    ]),
  );
}
