import { randomInt } from "node:crypto";
import { PULSE_FIGURES, type PulseComments, type PulseFigures, type PulseTenure } from "#contracts/pulses";
import { scorePulse } from "#core/instruments/pulse";
import {
  commentsShown,
  commentsWithheldMessage,
  effectiveThreshold,
  guardSlices,
  withheldMessage,
} from "#core/privacy/anonymity";
import type { Participant, StoredResponse } from "./pulse.repository";

/** A slice a viewer can ask for: a closed round's whole team, or one of its tenure groups. */
export interface SliceKey {
  pulseId: string;
  tenure: PulseTenure | null;
}

const keyOf = (k: SliceKey) => `${k.pulseId}:${k.tenure ?? "team"}`;

export type SliceVerdict =
  | { shown: true; respondents: number }
  /** `withheld` says why of a figure; `withheldComments`, where it differs, of the comments. */
  | { shown: false; withheld: string; withheldComments?: string };

/**
 * The guard over every slice anyone viewing the team can ask for: each closed round (oldest first)
 * with its tenure groups after it. The order is by round, so a round closing later never changes
 * what was decided for the rounds before it; and every viewer, whatever they ask for, is answered
 * from the same decisions, so no sequence of requests shows two slices whose difference rests on
 * fewer than `threshold` people.
 */
export function guardTeam(
  closedRoundIds: readonly string[],
  participants: readonly Participant[],
  threshold: number,
): Map<string, SliceVerdict> {
  const slices = closedRoundIds.flatMap((pulseId) => {
    const of = participants.filter((p) => p.pulseId === pulseId);
    const people = (tenure: PulseTenure | null) =>
      new Set(of.filter((p) => tenure === null || p.tenure === tenure).map((p) => p.userId));
    return ([null, "newer", "longer"] as const).map((tenure) => ({
      key: keyOf({ pulseId, tenure }),
      people: people(tenure),
    }));
  });
  const sizes = new Map(slices.map((s) => [s.key, s.people.size]));
  return new Map(
    guardSlices(slices, threshold).map((g): [string, SliceVerdict] => [
      g.key,
      g.shown
        ? { shown: true, respondents: sizes.get(g.key) ?? 0 }
        : {
            shown: false,
            withheld: withheldMessage(g.reason, threshold),
            withheldComments:
              g.reason === "too_few" ? commentsWithheldMessage(threshold) : COMMENTS_BESIDE_OTHERS(threshold),
          },
    ]),
  );
}

/** Why a slice's comments are withheld when the slice itself would single people out. */
const COMMENTS_BESIDE_OTHERS = (threshold: number) =>
  `Shown beside the other figures here, this round's comments would single out fewer than ${effectiveThreshold(threshold)} people, so they are withheld.`;

export const verdictOf = (guard: Map<string, SliceVerdict>, slice: SliceKey): SliceVerdict =>
  guard.get(keyOf(slice)) ?? { shown: false, withheld: "This round is still open." };

/** Two decimals: enough to read a trend, no more precision than the answers carry. */
const rounded = (x: number) => Math.round(x * 100) / 100;

/** The slice's figures: each computed when the guard shows the slice, else each withheld with why. */
export function figuresOf(verdict: SliceVerdict, responses: readonly StoredResponse[]): PulseFigures {
  const scores = verdict.shown ? scorePulse(responses.map((r) => r.answers)) : null;
  const withheld = verdict.shown ? "Nobody answered this round." : verdict.withheld;
  return Object.fromEntries(
    PULSE_FIGURES.map((key) => [key, scores ? { value: rounded(scores[key]) } : { withheld }]),
  ) as PulseFigures;
}

/** Fisher–Yates with a cryptographic source: the order says nothing about who wrote what, or when. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The whole team's comments, when its slice is shown and enough people answered; never a sub-group's. */
export function commentsOf(
  verdict: SliceVerdict,
  tenure: PulseTenure | null,
  responses: readonly StoredResponse[],
  commentThreshold: number,
): PulseComments {
  if (tenure !== null)
    return {
      shown: false,
      reason: "Comments are shown for the whole team only, never for a group within it.",
    };
  if (!verdict.shown) return { shown: false, reason: verdict.withheldComments ?? verdict.withheld };
  if (!commentsShown(verdict.respondents, commentThreshold))
    return { shown: false, reason: commentsWithheldMessage(commentThreshold) };
  const items = responses.flatMap((r) => (r.comment ? [r.comment] : []));
  return { shown: true, items: shuffled(items) };
}
