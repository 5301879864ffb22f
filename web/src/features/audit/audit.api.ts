import { auditSchema } from "#contracts/audit";

export { auditStateReader } from "#contracts/audit";

import { api } from "../../lib/api";

export type {
  Audit,
  AuditCell,
  AuditFacet,
  AuditFigures,
  NextConversation,
  StanceGapItem,
} from "#contracts/audit";

export const auditApi = {
  team: (teamId: string) => api.get(`/teams/${encodeURIComponent(teamId)}/audit`, auditSchema),
  mine: () => api.get("/me/audit", auditSchema),
  person: (userId: string) => api.get(`/people/${encodeURIComponent(userId)}/audit`, auditSchema),
};
