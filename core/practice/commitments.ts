import type { Day } from "./days";

/**
 * Commitments: what a leader or the person they lead promised in a conversation, due on a day, and
 * done or dropped on a day. Pure: callers pass today, in the time zone of whoever is looking.
 */

export type CommitmentStatus = "open" | "done" | "dropped";
export type CommitmentOwner = "leader" | "member";

export interface CommitmentFacts {
  owner: CommitmentOwner;
  dueOn: Day;
  status: CommitmentStatus;
  /** The day it was done or dropped; null while open. */
  closedOn: Day | null;
}

/** Open, and its due day is over: due yesterday or before. A commitment due today is not overdue yet. */
export const isOverdue = (c: CommitmentFacts, today: Day): boolean => c.status === "open" && c.dueOn < today;

/** Done on or before its due day. */
export const isKeptOnTime = (c: CommitmentFacts): boolean =>
  c.status === "done" && c.closedOn !== null && c.closedOn <= c.dueOn;

/**
 * Whether a commitment counts towards follow-through: its due day is over, or it was closed (done
 * early counts, so does done late). One dropped before its due day does not count: letting the
 * other person know in time that a promise will not be kept is not a broken promise. Dropped on or
 * after the due day counts, and is not kept.
 */
export function isDue(c: CommitmentFacts, today: Day): boolean {
  if (c.status === "dropped") return c.closedOn === null || c.closedOn >= c.dueOn;
  return c.status === "done" || c.dueOn < today;
}

export interface Reliability {
  /** The leader's own commitments that count (isDue). */
  due: number;
  /** Of those, the ones done on or before their due day. */
  kept: number;
  /** kept ÷ due; null when nothing is due yet. */
  share: number | null;
}

/**
 * A leader's reliability: of the commitments they made themselves (owner `leader`) that are due,
 * the share kept on time. The member's commitments are theirs and do not count.
 */
export function reliability(commitments: readonly CommitmentFacts[], today: Day): Reliability {
  const due = commitments.filter((c) => c.owner === "leader" && isDue(c, today));
  const kept = due.filter(isKeptOnTime).length;
  return { due: due.length, kept, share: due.length === 0 ? null : kept / due.length };
}
