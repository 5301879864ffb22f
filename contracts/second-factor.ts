import { z } from "zod";
import { givenPasswordSchema } from "./common";

/**
 * Two-step sign-in: a TOTP app's six-digit code after the password, or one of ten recovery codes,
 * each used once. The routes live in the server's auth module.
 */

/** A code as typed: six digits from the app, or a recovery code (`abcd-efgh-ijkm-npqr-stuv-wxyz`). */
export const secondFactorCodeSchema = z
  .string()
  .trim()
  .min(1, "type the code from your app or a recovery code")
  .max(40, "is longer than any code");

/** Six digits, spaces allowed between them (`123 456`). */
export const TOTP_CODE = /^\d{3} ?\d{3}$/;

/** `GET /me/second-factor`: whether mine is on, and whether I must set it up before anything else. */
export const secondFactorStatusSchema = z.object({
  enabled: z.boolean(),
  confirmedAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** The workspace asks admins to use two-step sign-in. */
  adminsRequired: z.boolean(),
  /** I am an admin without it while the workspace asks for it: nothing else works until I set it up. */
  setupRequired: z.boolean(),
});
export type SecondFactorStatus = z.infer<typeof secondFactorStatusSchema>;

/** `POST /me/second-factor/setup`: a new key, to add to an app; not on until confirmed with a code. */
export const secondFactorSetupSchema = z.object({
  /** The key in base32, grouped by four for typing. */
  secret: z.string(),
  /** The same as an `otpauth://totp/…` URI, for an app that reads one (or a QR code of it). */
  uri: z.string(),
});
export type SecondFactorSetup = z.infer<typeof secondFactorSetupSchema>;

/** Turning it on takes the password again, as turning it off does. */
export const secondFactorConfirmBody = z.object({
  password: givenPasswordSchema,
  code: secondFactorCodeSchema,
});
export type SecondFactorConfirmInput = z.input<typeof secondFactorConfirmBody>;

/** Shown once, when two-step sign-in is turned on; only their digests are kept. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

export const secondFactorDisableBody = z.object({
  password: givenPasswordSchema,
  code: secondFactorCodeSchema,
});
export type SecondFactorDisableInput = z.input<typeof secondFactorDisableBody>;

/** `POST /auth/login/second-factor`: the second step of a sign-in whose password was right. */
export const secondFactorSignInBody = z.object({ code: secondFactorCodeSchema });
export type SecondFactorSignInInput = z.input<typeof secondFactorSignInBody>;

/** `POST /auth/login`: signed in, or the password was right and a code is asked for next. */
export const signInResultSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ secondFactor: z.literal("required") }),
]);
export type SignInResult = z.infer<typeof signInResultSchema>;

/** `GET|PATCH /settings/second-factor`: the workspace's rule for admins. */
export const secondFactorSettingsSchema = z.object({ adminsRequired: z.boolean() });
export type SecondFactorSettings = z.infer<typeof secondFactorSettingsSchema>;
export const secondFactorSettingsBody = z.object({ adminsRequired: z.boolean() });
export type SecondFactorSettingsInput = z.input<typeof secondFactorSettingsBody>;
