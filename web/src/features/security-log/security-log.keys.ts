import type { SecurityLogQueryInput } from "./security-log.api";

const all = ["security-log"] as const;
const mine = [...all, "mine"] as const;

/** The admin's log (each filtered page under `events`), its setting, and a person's own sessions and sign-ins. */
export const securityLogKeys = {
  all,
  events: [...all, "events"] as const,
  page: (filters: SecurityLogQueryInput) => [...all, "events", filters] as const,
  settings: [...all, "settings"] as const,
  mine,
  sessions: [...mine, "sessions"] as const,
  signIns: [...mine, "sign-ins"] as const,
};
