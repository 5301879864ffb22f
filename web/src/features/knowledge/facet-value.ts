import { facetValueSchema } from "#contracts/facets";
import type { Facet, FacetValue } from "./facets.api";

/** A value as a person reads it: option labels instead of ids, a scale point with its meaning. */
export function formatFacetValue(facet: Facet, value: FacetValue): string {
  switch (facet.kind) {
    case "text":
      return String(value);
    case "single_choice":
      return labelOf(facet, String(value));
    case "multiple_choice":
      return (Array.isArray(value) ? value : [String(value)]).map((id) => labelOf(facet, id)).join("; ");
    case "scale":
      return scaleText(facet, Number(value));
  }
}

function labelOf(facet: Facet, id: string): string {
  return facet.options?.find((option) => option.id === id)?.label ?? id;
}

function scaleText(facet: Facet, point: number): string {
  if (!facet.scale) return `${point} of 5`;
  if (point <= 1) return `1 of 5: ${facet.scale.low}`;
  if (point >= 5) return `5 of 5: ${facet.scale.high}`;
  const leaning = point < 3 ? facet.scale.low : point > 3 ? facet.scale.high : null;
  return leaning ? `${point} of 5, leaning to “${leaning}”` : "3 of 5, in the middle";
}

/**
 * A belief's or an answer's value as its form checks it: the contract's value, with text trimmed,
 * and something written or chosen (the message for nothing is `missingValueMessage`).
 */
export const filledFacetValue = facetValueSchema
  .transform((value) => (typeof value === "string" ? value.trim() : value))
  .refine((value) => (Array.isArray(value) ? value.length > 0 : value !== ""), "is required");

/** What the value field of a form starts with: the current value, or nothing chosen. */
export function formFacetValue(facet: Facet, value: FacetValue | undefined): FacetValue | undefined {
  switch (facet.kind) {
    case "text":
      return typeof value === "string" ? value : "";
    case "single_choice":
      return value === undefined ? undefined : String(value);
    case "multiple_choice":
      return Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
    case "scale":
      return typeof value === "number" ? value : undefined;
  }
}

/** What to ask for when a value is missing, in the words of the facet's kind. */
export function missingValueMessage(facet: Facet): string {
  switch (facet.kind) {
    case "text":
      return "Write a few words first.";
    case "single_choice":
      return "Choose one option.";
    case "multiple_choice":
      return "Choose at least one option.";
    case "scale":
      return "Choose a point from 1 to 5.";
  }
}
