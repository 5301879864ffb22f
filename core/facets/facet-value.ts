import type { AnswerKind, FacetDefinition, FacetValue } from "./facet";

/** Longest free-text value accepted for a text facet, counted after trimming. */
export const MAX_TEXT_LENGTH = 2000;

/** The ends of every scale facet. */
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/**
 * Smallest Jaccard similarity between two multiple-choice selections that still counts as `partial`.
 * Two selections that share one option out of three distinct ones (Jaccard 1/3) are a `miss`:
 * the leader got less than a third of the picture.
 */
export const PARTIAL_JACCARD = 0.34;

export type Agreement = "match" | "partial" | "miss";

export type FacetValueValidation = { ok: true; value: FacetValue } | { ok: false; message: string };

const STRUCTURED_KINDS: ReadonlySet<AnswerKind> = new Set(["single_choice", "multiple_choice", "scale"]);

/** True when agreement on this facet can be computed rather than judged by the leader. */
export function isStructured(facet: FacetDefinition): boolean {
  return STRUCTURED_KINDS.has(facet.kind);
}

/**
 * Checks a value offered as an answer or belief against the facet's kind, and returns it in canonical form:
 * - text: a string, trimmed, non-empty, at most {@link MAX_TEXT_LENGTH} characters;
 * - single_choice: the id of one of the facet's options;
 * - multiple_choice: a non-empty array of distinct option ids, returned in the catalogue's option order
 *   so that two equal selections are stored identically;
 * - scale: an integer from {@link SCALE_MIN} to {@link SCALE_MAX}.
 */
export function validateFacetValue(facet: FacetDefinition, value: unknown): FacetValueValidation {
  switch (facet.kind) {
    case "text":
      return validateText(value);
    case "single_choice":
      return validateSingleChoice(facet, value);
    case "multiple_choice":
      return validateMultipleChoice(facet, value);
    case "scale":
      return validateScale(value);
    default: {
      const unknownKind: never = facet.kind;
      return { ok: false, message: `Unknown facet kind: ${String(unknownKind)}.` };
    }
  }
}

function validateText(value: unknown): FacetValueValidation {
  if (typeof value !== "string") return { ok: false, message: "Expected text." };
  const trimmed = value.trim();
  if (trimmed.length === 0) return { ok: false, message: "Text must not be empty." };
  if (trimmed.length > MAX_TEXT_LENGTH) {
    return { ok: false, message: `Text must be at most ${MAX_TEXT_LENGTH} characters.` };
  }
  return { ok: true, value: trimmed };
}

function optionIds(facet: FacetDefinition): string[] {
  return (facet.options ?? []).map((option) => option.id);
}

function validateSingleChoice(facet: FacetDefinition, value: unknown): FacetValueValidation {
  if (typeof value !== "string") return { ok: false, message: "Expected one option id." };
  if (!optionIds(facet).includes(value)) {
    return { ok: false, message: `Unknown option "${value}" for facet "${facet.key}".` };
  }
  return { ok: true, value };
}

function validateMultipleChoice(facet: FacetDefinition, value: unknown): FacetValueValidation {
  if (!Array.isArray(value)) return { ok: false, message: "Expected a list of option ids." };
  if (value.length === 0) return { ok: false, message: "Choose at least one option." };
  const known = optionIds(facet);
  const seen = new Set<string>();
  for (const item of value) {
    if (typeof item !== "string") return { ok: false, message: "Every choice must be an option id." };
    if (!known.includes(item)) {
      return { ok: false, message: `Unknown option "${item}" for facet "${facet.key}".` };
    }
    if (seen.has(item)) return { ok: false, message: `Option "${item}" is chosen more than once.` };
    seen.add(item);
  }
  return { ok: true, value: known.filter((id) => seen.has(id)) };
}

function validateScale(value: unknown): FacetValueValidation {
  if (typeof value !== "number" || !Number.isInteger(value) || value < SCALE_MIN || value > SCALE_MAX) {
    return { ok: false, message: `Expected a whole number from ${SCALE_MIN} to ${SCALE_MAX}.` };
  }
  return { ok: true, value };
}

/**
 * Jaccard similarity of two sets of option ids: |A ∩ B| / |A ∪ B|, from 0 (nothing shared) to 1 (identical).
 * Both sets are non-empty after validation, so the union is never empty.
 */
export function jaccard(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  let shared = 0;
  for (const id of left) if (right.has(id)) shared += 1;
  const union = left.size + right.size - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * How far a leader's belief agrees with the member's answer on a structured facet:
 * - single_choice: the same option → `match`, otherwise `miss`;
 * - scale: d = |belief − answer|; d = 0 → `match`, d = 1 → `partial`, d ≥ 2 → `miss`;
 * - multiple_choice: J = Jaccard(belief, answer) = |B ∩ A| / |B ∪ A|;
 *   J = 1 → `match`, J ≥ {@link PARTIAL_JACCARD} → `partial`, otherwise `miss`.
 *
 * Returns null when agreement cannot be computed: on text facets (the leader judges those),
 * or when either value is not valid for the facet. The result is symmetric in belief and answer.
 */
export function computeAgreement(
  facet: FacetDefinition,
  belief: FacetValue,
  answer: FacetValue,
): Agreement | null {
  if (!isStructured(facet)) return null;
  const checkedBelief = validateFacetValue(facet, belief);
  const checkedAnswer = validateFacetValue(facet, answer);
  if (!checkedBelief.ok || !checkedAnswer.ok) return null;
  const left = checkedBelief.value;
  const right = checkedAnswer.value;

  if (typeof left === "number" && typeof right === "number") {
    const distance = Math.abs(left - right);
    if (distance === 0) return "match";
    return distance === 1 ? "partial" : "miss";
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    const similarity = jaccard(left, right);
    if (similarity === 1) return "match";
    return similarity >= PARTIAL_JACCARD ? "partial" : "miss";
  }
  return left === right ? "match" : "miss";
}
