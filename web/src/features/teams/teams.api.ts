import { createdInvitationSchema, type InviteInput, openInvitationListSchema } from "#contracts/invitations";
import { teamDetailSchema, teamListSchema, teamSummarySchema } from "#contracts/teams";
import { api } from "../../lib/api";

export type { CreatedInvitation, InviteInput, OpenInvitation } from "#contracts/invitations";
export type { Person, TeamDetail, TeamSummary } from "#contracts/teams";

export const teamsApi = {
  list: () => api.get("/teams", teamListSchema),
  create: (name: string) => api.post("/teams", teamSummarySchema, { name }),
  detail: (teamId: string) => api.get(`/teams/${encodeURIComponent(teamId)}`, teamDetailSchema),
  invitations: (teamId: string) =>
    api.get(`/teams/${encodeURIComponent(teamId)}/invitations`, openInvitationListSchema),
  invite: (teamId: string, input: InviteInput) =>
    api.post(`/teams/${encodeURIComponent(teamId)}/invitations`, createdInvitationSchema, input),
};
