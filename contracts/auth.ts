import { z } from "zod";
import {
  emailSchema,
  givenPasswordSchema,
  newPasswordSchema,
  personNameSchema,
  teamRoleSchema,
} from "./common";

/** Signing in and out, and the signed-in person's own account. */

export const signInBody = z.object({ email: emailSchema, password: givenPasswordSchema });
export type SignInInput = z.input<typeof signInBody>;

/** Who I am, my workspace and my teams. */
export const meSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string(), isAdmin: z.boolean() }),
  workspace: z.object({ id: z.string(), name: z.string() }),
  teams: z.array(z.object({ id: z.string(), name: z.string(), role: teamRoleSchema })),
});
export type Me = z.infer<typeof meSchema>;

export const renameBody = z.object({ name: personNameSchema });
export type RenameInput = z.input<typeof renameBody>;

export const passwordChangeBody = z.object({
  currentPassword: givenPasswordSchema,
  newPassword: newPasswordSchema,
});
export type PasswordChangeInput = z.input<typeof passwordChangeBody>;

/** Password recovery: a single-use link, mailed or made by an admin. */

/** How a forgotten password is recovered here: by mail, or by a link an admin makes. */
export const passwordResetOptionsSchema = z.object({ byMail: z.boolean(), validMinutes: z.number().int() });
export type PasswordResetOptions = z.infer<typeof passwordResetOptionsSchema>;

export const passwordResetRequestBody = z.object({ email: emailSchema });
export type PasswordResetRequestInput = z.input<typeof passwordResetRequestBody>;
/** The same for every address, with an account or without. */
export const passwordResetRequestedSchema = z.object({ byMail: z.boolean() });
export type PasswordResetRequested = z.infer<typeof passwordResetRequestedSchema>;

/** The secret part of a reset link (what follows `#`): sent in bodies, never in a URL. */
export const resetTokenSchema = z.string().min(1).max(200);

export const resetLinkBody = z.object({ token: resetTokenSchema });
export type ResetLinkInput = z.input<typeof resetLinkBody>;
/** Whose password a link sets, while it works. */
export const resetLinkSchema = z.object({ email: z.string(), name: z.string(), expiresAt: z.string() });
export type ResetLink = z.infer<typeof resetLinkSchema>;

export const resetPasswordBody = z.object({ token: resetTokenSchema, newPassword: newPasswordSchema });
export type ResetPasswordInput = z.input<typeof resetPasswordBody>;

/** A link an admin made for a person, to hand over. */
export const madeResetLinkSchema = z.object({ url: z.string(), expiresAt: z.string() });
export type MadeResetLink = z.infer<typeof madeResetLinkSchema>;
