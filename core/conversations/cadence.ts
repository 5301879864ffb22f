/**
 * A leader's target rhythm of conversations with one person, and when the next one is due. Pure:
 * callers pass the dates.
 */
export const RHYTHMS = ["weekly", "fortnightly", "monthly", "none"] as const;
export type Rhythm = (typeof RHYTHMS)[number];

/** Days between two conversations for the rhythms counted in days. */
const DAYS: Record<"weekly" | "fortnightly", number> = { weekly: 7, fortnightly: 14 };

/**
 * The calendar day (UTC, `YYYY-MM-DD`) by which the next conversation is due, counted from the last
 * one: a week, two weeks, or the same day of the next month (the month's last day when it has no
 * such day). Null for `none`: no rhythm, never due.
 */
export function dueDay(rhythm: Rhythm, last: Date): string | null {
  if (rhythm === "none") return null;
  const due = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate()));
  if (rhythm === "monthly") {
    const day = due.getUTCDate();
    due.setUTCDate(1);
    due.setUTCMonth(due.getUTCMonth() + 1);
    const lastOfMonth = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
    due.setUTCDate(Math.min(day, lastOfMonth));
  } else {
    due.setUTCDate(due.getUTCDate() + DAYS[rhythm]);
  }
  return due.toISOString().slice(0, 10);
}

/**
 * Whether a person is overdue for a conversation: a rhythm is set, none is planned, and the day the
 * next was due (counted from the last held one, or from when the rhythm was set if there was none)
 * is before today (UTC).
 */
export function isOverdue(input: { rhythm: Rhythm; since: Date; planned: boolean; now: Date }): boolean {
  if (input.planned) return false;
  const due = dueDay(input.rhythm, input.since);
  return due !== null && due < input.now.toISOString().slice(0, 10);
}
