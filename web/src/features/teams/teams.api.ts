import { okSchema, type TeamRole } from "#contracts/common";
import { createdInvitationSchema, type InviteInput, openInvitationListSchema } from "#contracts/invitations";
import {
  membershipSchema,
  teamDetailSchema,
  teamListSchema,
  teamNameSchema,
  teamSummarySchema,
} from "#contracts/teams";
import { api } from "../../lib/api";

export type { CreatedInvitation, InviteInput, OpenInvitation } from "#contracts/invitations";
export type { Person, TeamDetail, TeamSummary } from "#contracts/teams";

const teamPath = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;
const membershipPath = (teamId: string, userId: string) =>
  `${teamPath(teamId)}/members/${encodeURIComponent(userId)}`;
const invitationPath = (invitationId: string) => `/invitations/${encodeURIComponent(invitationId)}`;

export const teamsApi = {
  list: () => api.get("/teams", teamListSchema),
  create: (name: string) => api.post("/teams", teamSummarySchema, { name }),
  detail: (teamId: string) => api.get(`/teams/${encodeURIComponent(teamId)}`, teamDetailSchema),
  invitations: (teamId: string) =>
    api.get(`/teams/${encodeURIComponent(teamId)}/invitations`, openInvitationListSchema),
  invite: (teamId: string, input: InviteInput) =>
    api.post(`/teams/${encodeURIComponent(teamId)}/invitations`, createdInvitationSchema, input),
  rename: (teamId: string, name: string) => api.patch(teamPath(teamId), teamNameSchema, { name }),
  delete: (teamId: string) => api.delete(teamPath(teamId), okSchema),
  changeRole: (teamId: string, userId: string, role: TeamRole) =>
    api.patch(membershipPath(teamId, userId), membershipSchema, { role }),
  removePerson: (teamId: string, userId: string) => api.delete(membershipPath(teamId, userId), okSchema),
  revokeInvitation: (invitationId: string) => api.delete(invitationPath(invitationId), okSchema),
  /** A fresh link for the invitation; the old one stops working. */
  renewInvitation: (invitationId: string) =>
    api.post(`${invitationPath(invitationId)}/renew`, createdInvitationSchema),
};
