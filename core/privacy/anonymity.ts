/**
 * The anonymity guard of the trust pulse (SCIENCE.md, "Anonymity thresholds in the field").
 *
 * A figure (a mean over the responses of a round, of a round's tenure group, …) is a *slice*: who
 * answered behind it. Whoever can see several figures can also subtract them: a team's round minus
 * its newer members is the longer-serving members; one round minus the next is whoever answered only
 * one of them. So a figure is shown only when it rests on at least N people AND, shown beside every
 * figure already shown, it leaves every group that any combination of them can isolate at zero or at
 * least N people.
 *
 * Those groups are the *atoms* of the partition the shown slices generate: people grouped by which
 * shown slices they are in. A sum or difference of shown figures (with weights −1, 0 or 1, or any
 * others) treats everyone in one atom alike, so what it singles out is a union of atoms; with every
 * atom empty or of at least N people, no such combination rests on fewer than N. People in no shown
 * slice are behind no figure and form no atom.
 *
 * Slices are judged in the caller's priority order (the figure they most want shown first), so the
 * same slices in the same order always give the same answer, whichever one a viewer asks for.
 */

/** The lowest threshold Rapport accepts, for scores and comments alike. */
export const MIN_ANONYMITY_THRESHOLD = 3;

export type Slice<Key = string> = { key: Key; people: ReadonlySet<string> };

/** Why a figure is withheld: it rests on too few people, or shown it would single some out. */
export const WITHHELD_REASONS = ["too_few", "would_isolate"] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export type SliceVerdict<Key = string> =
  | { key: Key; shown: true }
  | { key: Key; shown: false; reason: WithheldReason };

/** A workspace's threshold, never below the floor, whatever was stored. */
export function effectiveThreshold(threshold: number): number {
  return Math.max(threshold, MIN_ANONYMITY_THRESHOLD);
}

/**
 * The verdict on each slice, in the order given. A slice with fewer than N people is withheld as
 * `too_few`; one that would leave a group of 1 … N−1 people beside those already shown is withheld
 * as `would_isolate` and adds nothing to what is shown.
 */
export function guardSlices<Key>(slices: readonly Slice<Key>[], threshold: number): SliceVerdict<Key>[] {
  const floor = effectiveThreshold(threshold);
  const shown: ReadonlySet<string>[] = [];
  return slices.map(({ key, people }) => {
    if (people.size < floor) return { key, shown: false, reason: "too_few" };
    if (!atomsAtLeast([...shown, people], floor)) return { key, shown: false, reason: "would_isolate" };
    shown.push(people);
    return { key, shown: true };
  });
}

/** Whether every atom of the partition the sets generate has at least `floor` people. */
function atomsAtLeast(sets: readonly ReadonlySet<string>[], floor: number): boolean {
  const atoms = new Map<string, number>();
  for (const person of new Set(sets.flatMap((set) => [...set]))) {
    const signature = sets.map((set) => set.has(person)).join();
    atoms.set(signature, (atoms.get(signature) ?? 0) + 1);
  }
  return [...atoms.values()].every((size) => size >= floor);
}

/** Comments show only at or above the comment threshold (itself never below the floor). */
export function commentsShown(respondents: number, commentThreshold: number): boolean {
  return respondents >= effectiveThreshold(commentThreshold);
}

/** Why a goal's adoption curve is withheld from a member: too few of the team have shared a stance. */
export function curveWithheldMessage(threshold: number): string {
  return `Fewer than ${effectiveThreshold(threshold)} people have shared a stance on this goal, so the curve is withheld to keep stances anonymous.`;
}

/** Why a figure is withheld, in words for the person looking at it. */
export function withheldMessage(reason: WithheldReason, threshold: number): string {
  const floor = effectiveThreshold(threshold);
  switch (reason) {
    case "too_few":
      return `Fewer than ${floor} people answered, so this figure is withheld to keep answers anonymous.`;
    case "would_isolate":
      return `Shown beside the other figures here, this one would single out fewer than ${floor} people, so it is withheld.`;
    default: {
      const unreachable: never = reason;
      return unreachable;
    }
  }
}

/** Why the comments are withheld. */
export function commentsWithheldMessage(commentThreshold: number): string {
  return `Fewer than ${effectiveThreshold(commentThreshold)} people answered, so comments are withheld to keep them anonymous.`;
}
