import { z } from "zod";
import { emailSchema, givenPasswordSchema, personNameSchema, teamRoleSchema, uuidParam } from "./common";

const linkToken = z.string().min(10, "is not an invitation token").max(100);

export const invitationTokenParams = z.object({ token: linkToken });

/**
 * `/invitations/:invitation` is one path for two operations, so its parameter has one name:
 * previewing names the invitation by its link's token, revoking by its id (OpenAPI forbids two
 * paths that differ only by a parameter's name). Each operation validates and documents its own.
 */
export const invitationLinkParams = z.object({
  invitation: linkToken.describe("The token at the end of the invitation's link"),
});
export const invitationByIdParams = z.object({
  invitation: uuidParam.describe("The invitation's id, as its team's invitation list gives it"),
});

/** What an invitation is for, shown before accepting it. */
export const invitationPreviewSchema = z.object({
  workspaceName: z.string(),
  teamName: z.string(),
  email: z.string(),
  role: teamRoleSchema,
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

/** A new account's name and password; nothing when signed in as the invited address. */
export const acceptInvitationBody = z
  .object({
    name: personNameSchema.optional(),
    password: givenPasswordSchema.optional(),
  })
  // Signed in as the invited address there is nothing to send.
  .nullish();
export type AcceptInput = z.input<typeof acceptInvitationBody>;

export const acceptedInvitationSchema = z.object({ userId: z.string(), teamId: z.string() });
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;

export const invitationBody = z.object({ email: emailSchema, role: teamRoleSchema.default("member") });
export type InviteInput = z.input<typeof invitationBody>;

export const invitationParams = z.object({ invitationId: uuidParam });

/** An invitation still open: `pending` (its link works) or `expired` (renew it for a fresh link). */
export const openInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: teamRoleSchema,
  status: z
    .enum(["pending", "expired"])
    .describe("expired: the link no longer works; renew it for a fresh one"),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type OpenInvitation = z.infer<typeof openInvitationSchema>;

export const openInvitationListSchema = z.object({ invitations: z.array(openInvitationSchema) });
export type OpenInvitationList = z.infer<typeof openInvitationListSchema>;

/** A new or renewed invitation with its link: the only time the link is shown. */
export const createdInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: teamRoleSchema,
  expiresAt: z.string(),
  url: z.string(),
  emailed: z.boolean(),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;
