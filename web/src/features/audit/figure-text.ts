import type { AuditFigures } from "./audit.api";

export type ShareFigure = "coverage" | "confirmedShare" | "assumptionLoad" | "accuracy" | "calibration";

interface FigureText {
  title: string;
  /** One plain sentence on what the figure means. */
  sentence: string;
  /** Which way is good, said next to the value. */
  better: "higher" | "lower";
  /** What to say when there is nothing to compute it from yet. */
  empty: string;
}

export const FIGURE_TEXT: Record<ShareFigure, FigureText> = {
  coverage: {
    title: "Coverage",
    sentence:
      "How much of what is worth knowing about your people you hold anything on, a belief or their answer.",
    better: "higher",
    empty: "No one to audit yet.",
  },
  confirmedShare: {
    title: "Confirmed",
    sentence:
      "How much rests on what people told you themselves rather than on your guesses: the aspects you have verified, or learned from their answers.",
    better: "higher",
    empty: "No one to audit yet.",
  },
  assumptionLoad: {
    title: "Unchecked beliefs",
    sentence: "How many of your beliefs you have not yet checked against what the person says.",
    better: "lower",
    empty: "You have not written down any beliefs yet.",
  },
  accuracy: {
    title: "Accuracy",
    sentence:
      "When you set a belief against an answer, how often you were right: a match counts 1, a partial ½, a miss 0.",
    better: "higher",
    empty: "Nothing compared yet: write down beliefs before you read answers, then compare.",
  },
  calibration: {
    title: "Calibration",
    sentence:
      "How well your confidence fitted how right you turned out to be: 0 is perfect, 1 is as wrong as it gets.",
    better: "lower",
    empty: "Nothing compared yet.",
  },
};

export const SHARE_FIGURES: ShareFigure[] = [
  "coverage",
  "confirmedShare",
  "assumptionLoad",
  "accuracy",
  "calibration",
];

/** Calibration is a score, not a share: it reads as a decimal, the others as percentages. */
export function figureValue(figure: ShareFigure, value: number | null): string {
  if (value === null) return "–";
  return figure === "calibration" ? value.toFixed(2) : `${Math.round(value * 100)}%`;
}

/** What each figure is computed over, so a percentage of three is not mistaken for one of three hundred. */
export function figureBasis(figure: ShareFigure, figures: AuditFigures): string {
  const { counts } = figures;
  switch (figure) {
    case "coverage":
    case "confirmedShare":
      return `over ${counts.cells} aspects of ${counts.people} ${counts.people === 1 ? "person" : "people"}`;
    case "assumptionLoad":
      return `over ${counts.beliefs} ${counts.beliefs === 1 ? "belief" : "beliefs"}`;
    case "accuracy":
    case "calibration":
      return `over ${counts.compared} ${counts.compared === 1 ? "comparison" : "comparisons"}`;
  }
}

/** The point past which mean stated confidence over accuracy counts as overconfidence (PRODUCT.md). */
export const OVERCONFIDENCE_MARGIN = 0.15;
