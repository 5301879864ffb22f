/**
 * The stance ladder of a common goal (SCIENCE.md, "Starting a movement"): where a person stands on
 * a goal, from not knowing of it to carrying it to others. Pure: callers pass the events and the
 * instants; days and weeks are UTC calendar days (`YYYY-MM-DD`), weeks start on Monday.
 */

export const STANCES = ["unaware", "aware", "curious", "supportive", "committed", "champion"] as const;
export type Stance = (typeof STANCES)[number];

/** A stance's rung on the ladder: `unaware` 0 … `champion` 5. */
export function stanceRung(stance: Stance): number {
  return STANCES.indexOf(stance);
}

/** The rung from which a person has joined the movement. */
export const JOINED_FROM: Stance = "supportive";

/** Whether a stance is at or above `supportive`: the person has joined. */
export function hasJoined(stance: Stance): boolean {
  return stanceRung(stance) >= stanceRung(JOINED_FROM);
}

export type StanceGapKind = "match" | "close" | "gap";

export interface StanceGap {
  /** How many rungs apart the two stances are. */
  distance: number;
  /** `match` 0 rungs, `close` 1, `gap` 2 or more: an assumption proved wrong, a blind spot. */
  kind: StanceGapKind;
}

/** How far a leader's perceived stance is from the member's stated one. */
export function stanceGap(perceived: Stance, stated: Stance): StanceGap {
  const distance = Math.abs(stanceRung(perceived) - stanceRung(stated));
  const kind: StanceGapKind = distance === 0 ? "match" : distance === 1 ? "close" : "gap";
  return { distance, kind };
}

/** The first three people to join are a goal's first followers; the third one makes a crowd. */
export const FIRST_FOLLOWERS = 3;

/**
 * One change of a person's stance at an instant (ISO-8601 UTC text). Each stance holds until the
 * person's next event. `stance: null` takes the person off the curve from then on (they withdrew
 * their stance, or made it private); a person whose stance is never shown is simply not passed in.
 */
export interface StanceEvent {
  personId: string;
  stance: Stance | null;
  at: string;
}

export type StanceCounts = Record<Stance, number>;

export interface Joined {
  personId: string;
  at: string;
}

export interface AdoptionSeries {
  /** One entry per day on which the counts changed, with the counts at that day's end. */
  days: { day: string; counts: StanceCounts }[];
  /** Each week from the goal's week to `to`'s week (at most 104, the latest kept), counts at its end. */
  weeks: { weekStart: string; counts: StanceCounts }[];
  /** Each person's first reach of `supportive` or above, in time order (ties by person id). */
  joined: Joined[];
  /** When the third person joined: a crowd forms. Null before then. */
  crowdAt: string | null;
}

/** At most two years of weeks; the latest are kept. */
export const MAX_WEEKS = 104;

const DAY_MS = 86_400_000;

export function emptyCounts(): StanceCounts {
  return { unaware: 0, aware: 0, curious: 0, supportive: 0, committed: 0, champion: 0 };
}

/** The UTC calendar day of an ISO instant. */
export function dayOf(instant: string): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** The Monday of the week a calendar day falls in. */
export function mondayOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function byTimeThenPerson(a: { at: string; personId: string }, b: { at: string; personId: string }) {
  const at = Date.parse(a.at) - Date.parse(b.at);
  if (at !== 0) return at;
  return a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
}

/** Each person's first reach of a joined stance, in time order, ties by person id. */
export function joinedOf(events: readonly StanceEvent[]): Joined[] {
  const first = new Map<string, string>();
  for (const event of [...events].sort(byTimeThenPerson)) {
    if (event.stance !== null && hasJoined(event.stance) && !first.has(event.personId))
      first.set(event.personId, event.at);
  }
  // Inserted in time order (ties by person id), so the map's order is the answer's.
  return [...first].map(([personId, at]) => ({ personId, at }));
}

function countsOf(current: ReadonlyMap<string, Stance>): StanceCounts {
  const counts = emptyCounts();
  for (const stance of current.values()) counts[stance] += 1;
  return counts;
}

const sameCounts = (a: StanceCounts, b: StanceCounts) => STANCES.every((s) => a[s] === b[s]);

/**
 * The adoption curve of a goal from its stance events, between the goal's creation (`from`) and
 * now (`to`); events after `to` are left out.
 */
export function adoptionSeries(
  events: readonly StanceEvent[],
  window: { from: string; to: string },
): AdoptionSeries {
  const end = Date.parse(window.to);
  const sorted = events.filter((e) => Date.parse(e.at) <= end).sort(byTimeThenPerson);

  const current = new Map<string, Stance>();
  const apply = (event: StanceEvent) => {
    if (event.stance === null) current.delete(event.personId);
    else current.set(event.personId, event.stance);
  };

  const days: AdoptionSeries["days"] = [];
  let previous = emptyCounts();
  for (let i = 0; i < sorted.length; ) {
    const day = dayOf((sorted[i] as StanceEvent).at);
    while (i < sorted.length && dayOf((sorted[i] as StanceEvent).at) === day)
      apply(sorted[i++] as StanceEvent);
    const counts = countsOf(current);
    if (!sameCounts(counts, previous)) days.push({ day, counts });
    previous = counts;
  }

  current.clear();
  const weeks: AdoptionSeries["weeks"] = [];
  const lastWeek = mondayOf(dayOf(window.to));
  let next = 0;
  for (let week = mondayOf(dayOf(window.from)); week <= lastWeek; week = addDays(week, 7)) {
    const weekEnd = Date.parse(`${addDays(week, 7)}T00:00:00Z`);
    while (next < sorted.length && Date.parse((sorted[next] as StanceEvent).at) < weekEnd)
      apply(sorted[next++] as StanceEvent);
    weeks.push({ weekStart: week, counts: countsOf(current) });
  }

  const joined = joinedOf(sorted);
  return {
    days,
    weeks: weeks.slice(-MAX_WEEKS),
    joined,
    crowdAt: joined[FIRST_FOLLOWERS - 1]?.at ?? null,
  };
}
