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

/** Reads the value a facet input holds in a form; null when nothing is filled in or chosen. */
export function readFacetValue(form: HTMLFormElement, facet: Facet, name: string): FacetValue | null {
  const data = new FormData(form);
  switch (facet.kind) {
    case "text": {
      const text = data.get(name);
      return typeof text === "string" && text.trim() !== "" ? text.trim() : null;
    }
    case "single_choice": {
      const choice = data.get(name);
      return typeof choice === "string" && choice !== "" ? choice : null;
    }
    case "multiple_choice": {
      const chosen = data.getAll(name).filter((item): item is string => typeof item === "string");
      return chosen.length > 0 ? chosen : null;
    }
    case "scale": {
      const point = data.get(name);
      return typeof point === "string" && point !== "" ? Number(point) : null;
    }
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
