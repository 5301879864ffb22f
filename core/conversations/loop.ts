/**
 * The vulnerability loop (SCIENCE.md, "Trust"): the leader shares something first (the signal),
 * the member notices and answers in kind (the response), the leader notices that (the close).
 */

/** A loop with a signal and no close for longer than this many days is flagged on the leader's home. */
export const LOOP_OPEN_DAYS = 14;

const DAY_MS = 86_400_000;

/** Whether a loop is still open more than LOOP_OPEN_DAYS days after its signal. */
export function isLoopLingering(loop: { signalAt: Date | null; closedAt: Date | null }, now: Date): boolean {
  if (loop.signalAt === null || loop.closedAt !== null) return false;
  return now.getTime() - loop.signalAt.getTime() > LOOP_OPEN_DAYS * DAY_MS;
}
