/**
 * Calendar days and months as a person lives them: an instant read in their IANA time zone. Pure
 * (Intl only, no clock): callers pass the instant.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type Day = string;
/** A calendar month, `YYYY-MM`. */
export type Month = string;

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** Whether Intl knows the time zone (an IANA name such as `Europe/Berlin`, or `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatIn(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar day of an instant in a time zone; a time zone Intl does not know reads as UTC, so a
 * stored setting that a later runtime dropped still gives a day.
 */
export function dayIn(instant: Date, timeZone: string): Day {
  const format = isTimeZone(timeZone) ? formatIn(timeZone) : formatIn("UTC");
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The month of a calendar day. */
export const monthOf = (day: Day): Month => day.slice(0, 7);

/** The month an instant (ISO text) falls in, in a time zone. */
export const monthIn = (instant: string, timeZone: string): Month =>
  monthOf(dayIn(new Date(instant), timeZone));

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: Month, count: number): Month[] {
  const [year, month] = last.split("-").map(Number) as [number, number];
  const months: Month[] = [];
  for (let back = count - 1; back >= 0; back--) {
    const index = year * 12 + (month - 1) - back;
    months.push(
      `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`,
    );
  }
  return months;
}
