import { api } from "../../lib/api";
import type { TeamRole } from "../session/session.api";

export interface InvitationPreview {
  workspaceName: string;
  teamName: string;
  email: string;
  role: TeamRole;
  expiresAt: string;
}

/** A new account's name and password; nothing when signed in as the invited address. */
export type AcceptInput = { name: string; password: string } | Record<string, never>;

const path = (token: string) => `/invitations/${encodeURIComponent(token)}`;

export const invitationsApi = {
  preview: (token: string) => api.get<InvitationPreview>(path(token)),
  accept: (token: string, input: AcceptInput) =>
    api.post<{ userId: string; teamId: string }>(`${path(token)}/accept`, input),
};
