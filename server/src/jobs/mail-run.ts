import type { AppContext } from "../context";
import type { Mail } from "../lib/mailer";

/**
 * Sends a job's mails one by one. One that fails does not stop the others; the run then fails
 * with how many did not go (the scheduler records it, and that period is not tried again, so
 * nobody gets a second copy of what did go).
 */
export async function sendAll(ctx: AppContext, mails: readonly Mail[]): Promise<void> {
  const failures: string[] = [];
  for (const mail of mails) {
    try {
      await ctx.mailer.send(mail);
    } catch (thrown) {
      failures.push(thrown instanceof Error ? thrown.message : String(thrown));
    }
  }
  if (failures.length > 0)
    throw new Error(`${failures.length} of ${mails.length} mails were not sent; the first: ${failures[0]}`);
}

/** A moment as someone reads it where they are: "Tuesday, 3 November 2026 at 11:30 (Europe/Berlin)". */
export function localTime(instant: string, timeZone: string): string {
  const text = new Intl.DateTimeFormat("en-GB", { timeZone, dateStyle: "full", timeStyle: "short" }).format(
    new Date(instant),
  );
  return `${text} (${timeZone})`;
}
