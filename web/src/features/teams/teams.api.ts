import { api } from "../../lib/api";
import type { TeamRole } from "../session/session.api";

export interface TeamSummary {
  id: string;
  name: string;
  myRole: TeamRole | null;
  memberCount: number;
}

export interface Person {
  id: string;
  name: string;
  email: string;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: TeamRole;
  createdAt: string;
  expiresAt: string;
}

export interface TeamDetail {
  id: string;
  name: string;
  myRole: TeamRole | null;
  canManage: boolean;
  leaders: Person[];
  members: Person[];
  pendingInvitations: PendingInvitation[];
}

export interface InviteInput {
  email: string;
  role: TeamRole;
}

export interface CreatedInvitation {
  id: string;
  email: string;
  role: TeamRole;
  expiresAt: string;
  url: string;
  emailed: boolean;
}

export const teamsApi = {
  list: () => api.get<{ teams: TeamSummary[] }>("/teams"),
  create: (name: string) => api.post<TeamSummary>("/teams", { name }),
  detail: (teamId: string) => api.get<TeamDetail>(`/teams/${encodeURIComponent(teamId)}`),
  invite: (teamId: string, input: InviteInput) =>
    api.post<CreatedInvitation>(`/teams/${encodeURIComponent(teamId)}/invitations`, input),
};
