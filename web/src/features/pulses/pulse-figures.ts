import type { PulseFigure, PulseFigureKey } from "./pulses.api";

export type FigureKey = PulseFigureKey;

export interface FigureText {
  title: string;
  /** The scale the value is on, as written after it. */
  scale: "index" | "agreement";
  /** What the figure says, in a sentence. */
  meaning: string;
}

/** The figures in the order the results show them: the index first, then what it is made of. */
export const FIGURE_ORDER: readonly FigureKey[] = [
  "trustIndex",
  "credibility",
  "reliability",
  "intimacy",
  "selfOrientation",
  "psychologicalSafety",
];

export const FIGURE_TEXT: Readonly<Record<FigureKey, FigureText>> = {
  trustIndex: {
    title: "Trust index",
    scale: "index",
    meaning:
      "Credibility, reliability and intimacy added up and divided by self-orientation (Maister's trust equation), set on a scale of 0 to 100.",
  },
  credibility: {
    title: "Credibility",
    scale: "agreement",
    meaning:
      "Whether what the leader says can be taken seriously: they know the work, their explanations hold up, and they say how things stand.",
  },
  reliability: {
    title: "Reliability",
    scale: "agreement",
    meaning:
      "Whether the leader does what they said they would, by when they said, and acts the same from one week to the next.",
  },
  intimacy: {
    title: "Intimacy",
    scale: "agreement",
    meaning: "Whether people can bring the leader what worries them and trust that it is handled with care.",
  },
  selfOrientation: {
    title: "Self-orientation",
    scale: "agreement",
    meaning:
      "How far the leader seems taken up with their own concerns and interests rather than the team's. Higher lowers trust.",
  },
  psychologicalSafety: {
    title: "Psychological safety",
    scale: "agreement",
    meaning:
      "Whether the team feels safe taking risks with each other: mistakes not held against anyone, problems named openly, differences welcome, help asked for. The mean of seven statements; the three worded the other way round are counted in reverse.",
  },
};

/** How the trust index is computed, as the server does it (core/instruments/pulse.ts). */
export const TRUST_INDEX_FORMULA =
  "T = (credibility + reliability + intimacy) ÷ self-orientation runs from 3/7 (every answer the worst) to 21 (every answer the best). The index is 100 × ln(T ÷ 3/7) ÷ ln 49: 0 at the lowest, 50 when every answer is the middle of the scale, 100 at the highest.";

const oneDecimal = (value: number) =>
  value.toLocaleString("en", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A shown figure's value as written: the index as a whole number of 100, the rest out of 7. */
export function figureValue(key: FigureKey, value: number): string {
  return FIGURE_TEXT[key].scale === "index" ? `${Math.round(value)} of 100` : `${oneDecimal(value)} of 7`;
}

/** Where the value sits on its scale, in [0, 1], for a meter. */
export function figureShare(key: FigureKey, value: number): number {
  return FIGURE_TEXT[key].scale === "index" ? value / 100 : (value - 1) / 6;
}

export const isShown = (figure: PulseFigure): figure is { value: number } => "value" in figure;

/** Today's date in UTC plus some days, `YYYY-MM-DD`: a round's days are UTC days. */
export function utcDayFromToday(days: number, now = new Date()): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  return date.toISOString().slice(0, 10);
}

const RANGE = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });

/** Two calendar days as one short range in the reader's locale ("Jul 25 – Aug 8, 2026"). */
export function dayRange(from: string, to: string): string {
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${from} – ${to}`;
  return RANGE.formatRange(start, end);
}
