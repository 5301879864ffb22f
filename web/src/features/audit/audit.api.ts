import type { AuditFigures } from "#core/audit/types";
import type { Dimension } from "#core/facets/facet";
import { api } from "../../lib/api";
import type { KnowledgeState } from "../knowledge/knowledge-states";

/** The figures as the server computes them (core/audit): every share in [0, 1], or null. */
export type { AuditFigures } from "#core/audit/types";

export interface AuditCell {
  personId: string;
  facetId: string;
  state: KnowledgeState;
}

export interface NextConversation {
  personId: string;
  personName: string;
  facetId: string;
  facetKey: string;
  facetTitle: string;
  state: KnowledgeState;
  priority: number;
  daysSinceConversation: number | null;
  reason: string;
  questions: { id: string; text: string; depth: string }[];
}

export interface AuditFacet {
  id: string;
  key: string;
  title: string;
  dimension: string;
}

export interface Audit {
  scope: { kind: "person" | "team" | "leader"; id: string; name: string };
  figures: AuditFigures;
  byDimension: Record<Dimension, AuditFigures>;
  people: { id: string; name: string }[];
  facets: AuditFacet[];
  states: AuditCell[];
  blindSpots: AuditCell[];
  stale: AuditCell[];
  nextConversations: NextConversation[];
}

export const auditApi = {
  team: (teamId: string) => api.get<Audit>(`/teams/${encodeURIComponent(teamId)}/audit`),
  mine: () => api.get<Audit>("/me/audit"),
  person: (userId: string) => api.get<Audit>(`/people/${encodeURIComponent(userId)}/audit`),
};
