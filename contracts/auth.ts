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
