import { okSchema } from "#contracts/common";
import {
  mySessionsSchema,
  mySignInsSchema,
  type SecurityLogQueryInput,
  type SecuritySettingsInput,
  securityLogSchema,
  securitySettingsSchema,
} from "#contracts/security-log";
import { API_PREFIX, api } from "../../lib/api";

export type {
  MySession,
  MySignIn,
  SecurityEvent,
  SecurityEventKind,
  SecurityLogQueryInput,
} from "#contracts/security-log";
export { SECURITY_EVENT_KINDS } from "#contracts/security-log";

/** The filters as a query string (empty values left out). */
export function filterQuery(filters: SecurityLogQueryInput): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

export const securityLogApi = {
  list: (filters: SecurityLogQueryInput) =>
    api.get(`/security-log${filterQuery(filters)}`, securityLogSchema),
  /** A plain link: the browser saves the file under the name the server gives it. */
  csvUrl: (filters: SecurityLogQueryInput) => `${API_PREFIX}/security-log.csv${filterQuery(filters)}`,
  settings: () => api.get("/settings/security-log", securitySettingsSchema),
  setSettings: (input: SecuritySettingsInput) =>
    api.patch("/settings/security-log", securitySettingsSchema, input),
  mySessions: () => api.get("/me/sessions", mySessionsSchema),
  endSession: (id: string) => api.delete(`/me/sessions/${encodeURIComponent(id)}`, okSchema),
  mySignIns: () => api.get("/me/sign-ins", mySignInsSchema),
};
