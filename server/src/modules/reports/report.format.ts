import type { KnowledgeState } from "#core/audit";

/**
 * How a report writes its figures: as the web app does (web/src/features/audit/figure-text.ts,
 * web/src/features/charts/format.ts), so a printed page and a PDF say the same.
 */

/** A share in [0, 1] as a whole percentage; a dash when there is nothing to compute it from. */
export const percent = (value: number | null): string =>
  value === null ? "–" : `${Math.round(value * 100)}%`;

/** Calibration is a score, not a share: two decimals. */
export const score = (value: number | null): string => (value === null ? "–" : value.toFixed(2));

/** A count or a mean to one decimal at most. */
export const oneDecimal = (value: number | null): string =>
  value === null ? "–" : value.toLocaleString("en", { maximumFractionDigits: 1 });

/** Each knowledge state's name, as the heatmap's key says it, in the order a legend lists them. */
export const STATE_LABELS: [KnowledgeState, string][] = [
  ["blind_spot", "Blind spot"],
  ["sealed", "Answered"],
  ["assumed", "Assumed"],
  ["observed", "Observed"],
  ["stale", "Stale"],
  ["verified", "Verified"],
  ["learned", "Learned"],
  ["unknown", "Unknown"],
];

export const stateLabel = (state: KnowledgeState): string =>
  STATE_LABELS.find(([s]) => s === state)?.[1] ?? state;

/** Who sees an answer, in its author's words (web/src/features/answers/visibility.ts). */
export const VISIBILITY_LABELS = { private: "Only me", leader: "My leaders", team: "My team" } as const;

/** A file name's safe part: letters, digits and dashes, lower case. */
export const slug = (text: string): string =>
  text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60) || "report";
