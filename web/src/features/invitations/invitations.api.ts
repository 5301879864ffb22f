import { api } from "../../lib/api";
import type { TeamRole } from "../session/session.api";

export interface InvitationPreview {
  workspaceName: string;
  teamName: string;
  email: string;
  role: TeamRole;
  hasAccount: boolean;
  expiresAt: string;
}

export interface AcceptInput {
  name?: string;
  password: string;
}

const path = (token: string) => `/invitations/${encodeURIComponent(token)}`;

export const invitationsApi = {
  preview: (token: string) => api.get<InvitationPreview>(path(token)),
  accept: (token: string, input: AcceptInput) =>
    api.post<{ userId: string; teamId: string }>(`${path(token)}/accept`, input),
};
