import { type AcceptInput, acceptedInvitationSchema, invitationPreviewSchema } from "#contracts/invitations";
import { api } from "../../lib/api";

export type { AcceptInput, InvitationPreview } from "#contracts/invitations";

const path = (token: string) => `/invitations/${encodeURIComponent(token)}`;

export const invitationsApi = {
  preview: (token: string) => api.get(path(token), invitationPreviewSchema),
  accept: (token: string, input: AcceptInput) =>
    api.post(`${path(token)}/accept`, acceptedInvitationSchema, input),
};
