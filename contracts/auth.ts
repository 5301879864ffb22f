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

/**
 * An IANA time zone name (`Europe/Berlin`, `UTC`), as the runtime's own time zone data knows it:
 * whatever `Intl.DateTimeFormat` accepts by name. An offset (`+01:00`) is not a zone: it forgets
 * summer time.
 */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZoneName, "must be an IANA time zone such as Europe/Berlin");

function isTimeZoneName(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** My own settings: the time zone my mails and calendar feed show times in, and which mails I get. */
export const accountSettingsSchema = z.object({
  timeZone: z.string(),
  /** A mail the day before each planned conversation. */
  remindersEnabled: z.boolean(),
  /** A leader's weekly mail of what is waiting for them. */
  digestEnabled: z.boolean(),
});
export type AccountSettings = z.infer<typeof accountSettingsSchema>;

/** Who I am, my workspace and my teams. */
export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    isAdmin: z.boolean(),
    ...accountSettingsSchema.shape,
  }),
  workspace: z.object({ id: z.string(), name: z.string() }),
  teams: z.array(z.object({ id: z.string(), name: z.string(), role: teamRoleSchema })),
});
export type Me = z.infer<typeof meSchema>;

export const renameBody = z.object({ name: personNameSchema });
export type RenameInput = z.input<typeof renameBody>;

/** The settings a person changes on their account page, all together. */
export const accountSettingsBody = z.object({
  timeZone: timeZoneSchema,
  remindersEnabled: z.boolean(),
  digestEnabled: z.boolean(),
});
export type AccountSettingsInput = z.input<typeof accountSettingsBody>;

/** `PATCH /me`: any of my name and settings; what is left out stays as it is. */
export const profileChangeBody = renameBody.extend(accountSettingsBody.shape).partial();
export type ProfileChangeInput = z.input<typeof profileChangeBody>;

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
