import type { PulseTenure } from "./pulses.api";

const all = ["pulses"] as const;

/**
 * Every pulse query starts with `all`: opening, answering or closing a round changes the team's
 * list, the round and its results alike, so each of those refreshes everything under it.
 */
export const pulseKeys = {
  all,
  ofTeam: (teamId: string) => [...all, "team", teamId] as const,
  detail: (pulseId: string) => [...all, "round", pulseId] as const,
  /** Under the round's key: refreshing the round refreshes its results for every sub-group. */
  results: (pulseId: string, tenure: PulseTenure | null) =>
    [...all, "round", pulseId, "results", tenure] as const,
  anonymity: [...all, "anonymity"] as const,
};
