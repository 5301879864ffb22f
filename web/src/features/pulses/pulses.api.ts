import {
  type AnonymitySettingsInput,
  anonymitySettingsSchema,
  type NewPulseInput,
  type PulseResponseInput,
  type PulseTenure,
  pulseAnsweredSchema,
  pulseDetailSchema,
  pulseResultsSchema,
  pulseRoundSchema,
  pulseTrendSchema,
} from "#contracts/pulses";
import { api } from "../../lib/api";

export type {
  AnonymitySettings,
  AnonymitySettingsInput,
  PulseDetail,
  PulseFigure,
  PulseFigureKey,
  PulseFigures,
  PulseResponseInput,
  PulseResults,
  PulseRound,
  PulseTenure,
  PulseTrend,
  PulseTrendRound,
} from "#contracts/pulses";

const pulsePath = (pulseId: string) => `/pulses/${encodeURIComponent(pulseId)}`;
const teamPulsesPath = (teamId: string) => `/teams/${encodeURIComponent(teamId)}/pulses`;

export const pulsesApi = {
  /** The team's rounds, newest first, each closed one with its whole-team figures. */
  ofTeam: (teamId: string) => api.get(teamPulsesPath(teamId), pulseTrendSchema),
  open: (teamId: string, input: NewPulseInput) => api.post(teamPulsesPath(teamId), pulseRoundSchema, input),
  detail: (pulseId: string) => api.get(pulsePath(pulseId), pulseDetailSchema),
  answer: (pulseId: string, input: PulseResponseInput) =>
    api.post(`${pulsePath(pulseId)}/responses`, pulseAnsweredSchema, input),
  close: (pulseId: string) => api.post(`${pulsePath(pulseId)}/close`, pulseRoundSchema),
  /** A closed round's figures, for the whole team or one tenure group. */
  results: (pulseId: string, tenure: PulseTenure | null) =>
    api.get(`${pulsePath(pulseId)}/results${tenure ? `?tenure=${tenure}` : ""}`, pulseResultsSchema),
  anonymity: () => api.get("/settings/anonymity", anonymitySettingsSchema),
  setAnonymity: (input: AnonymitySettingsInput) =>
    api.patch("/settings/anonymity", anonymitySettingsSchema, input),
};
