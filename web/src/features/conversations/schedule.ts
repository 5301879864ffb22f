/**
 * Dates and times as a person picks them: a day and a time of day in the browser's own time zone,
 * sent to the server as an instant (ISO 8601 in UTC), and shown back in the reader's locale.
 */

const pad = (value: number) => String(value).padStart(2, "0");

/** The `YYYY-MM-DD` a date input shows for this moment, in the browser's time zone. */
export const dayInput = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The `HH:MM` a time input shows for this moment, in the browser's time zone. */
export const timeInput = (date: Date): string => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** The instant a day and a time of day in the browser's time zone stand for, or null if they name none. */
export function instantOf(day: string, time: string): string | null {
  const date = new Date(`${day}T${time}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Where a new conversation starts: tomorrow at 10:00. */
export function defaultStart(now = new Date()): Date {
  const start = new Date(now);
  start.setDate(start.getDate() + 1);
  start.setHours(10, 0, 0, 0);
  return start;
}

/** Today's date, `YYYY-MM-DD`, in the browser's time zone, plus some days: a commitment's due day. */
export function dayFromToday(days: number, now = new Date()): string {
  const date = new Date(now);
  date.setDate(date.getDate() + days);
  return dayInput(date);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

/** A calendar day (`YYYY-MM-DD`, no time of day) as the reader's locale writes it. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}
