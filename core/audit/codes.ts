import type { KnowledgeState } from "./types";

/**
 * One letter per knowledge state: how an audit's heatmap travels (contracts/audit.ts `stateRows`),
 * one string per person with a letter per facet, so a thousand-member team is tens of kilobytes
 * rather than megabytes of {personId, facetId, state} objects.
 */
export const STATE_CODES = {
  unknown: "u",
  sealed: "s",
  assumed: "a",
  observed: "o",
  verified: "v",
  learned: "l",
  blind_spot: "b",
  stale: "t",
} as const satisfies Record<KnowledgeState, string>;

const STATE_BY_CODE = new Map<string, KnowledgeState>(
  Object.entries(STATE_CODES).map(([state, code]) => [code, state as KnowledgeState]),
);

/** A string made only of state codes (what a row of the heatmap may hold). */
export const STATE_ROW_PATTERN = new RegExp(`^[${Object.values(STATE_CODES).join("")}]*$`);

/** The state a code stands for; undefined for any other character. */
export function stateOfCode(code: string): KnowledgeState | undefined {
  return STATE_BY_CODE.get(code);
}
