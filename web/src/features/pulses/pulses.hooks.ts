import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { homeKeys } from "../home/home.keys";
import type { AnonymitySettingsInput, PulseResponseInput, PulseTenure } from "./pulses.api";
import { pulsesApi } from "./pulses.api";
import { pulseKeys } from "./pulses.keys";

/** The team's rounds; asked only by the team's people (`enabled`), who may see them. */
export const useTeamPulses = (teamId: string, enabled = true) =>
  useQuery({ queryKey: pulseKeys.ofTeam(teamId), queryFn: () => pulsesApi.ofTeam(teamId), enabled });

export const usePulse = (pulseId: string) =>
  useQuery({ queryKey: pulseKeys.detail(pulseId), queryFn: () => pulsesApi.detail(pulseId) });

/** A closed round's results, for the whole team or one tenure group; asked only once it is closed. */
export const usePulseResults = (pulseId: string, tenure: PulseTenure | null, enabled: boolean) =>
  useQuery({
    queryKey: pulseKeys.results(pulseId, tenure),
    queryFn: () => pulsesApi.results(pulseId, tenure),
    enabled,
  });

/** After a round changes: every pulse query, and the home, which lists the rounds waiting for me. */
function useRefreshPulses() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: pulseKeys.all }),
      client.invalidateQueries({ queryKey: homeKeys.mine }),
    ]).then(() => undefined);
}

export function useOpenPulse(teamId: string) {
  const refresh = useRefreshPulses();
  return useMutation({
    mutationFn: (closesOn: string) => pulsesApi.open(teamId, { closesOn }),
    onSuccess: refresh,
  });
}

export function useAnswerPulse(pulseId: string) {
  const refresh = useRefreshPulses();
  return useMutation({
    mutationFn: (input: PulseResponseInput) => pulsesApi.answer(pulseId, input),
    onSuccess: refresh,
  });
}

export function useClosePulse(pulseId: string) {
  const refresh = useRefreshPulses();
  return useMutation({ mutationFn: () => pulsesApi.close(pulseId), onSuccess: refresh });
}

export const useAnonymitySettings = () =>
  useQuery({ queryKey: pulseKeys.anonymity, queryFn: pulsesApi.anonymity });

export function useChangeAnonymitySettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: AnonymitySettingsInput) => pulsesApi.setAnonymity(input),
    // New thresholds change which figures every round shows, so everything under the pulses goes.
    onSuccess: () => client.invalidateQueries({ queryKey: pulseKeys.all }),
  });
}
