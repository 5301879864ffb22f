import { z } from "zod";
import { displayNameSchema } from "./display-name";

export { displayNameSchema };

/** Pieces every feature's contract builds on. */

/** Every 4xx and 5xx body: a code to branch on, a sentence for people, and details (`fields` for validation). */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
});
export type ErrorBody = z.infer<typeof errorSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
export type Ok = z.infer<typeof okSchema>;

export const uuidParam = z.uuid("must be an id");
/** A facet named by its id or its key. */
export const facetIdParam = z.string().min(1).max(60);

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email("must be an email address"))
  .transform((e) => e.toLowerCase());

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/** The length rule of a new password (NIST SP 800-63B: 12–128 characters, no composition rules). */
export function passwordLengthProblem(password: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  return null;
}

/**
 * A new password, as far as a browser can check it: its length. The server also refuses the most
 * common passwords (server/src/http/schemas.ts); that list is too large to send to every browser.
 */
export const newPasswordSchema = z.string().superRefine((password, issue) => {
  const problem = passwordLengthProblem(password);
  if (problem) issue.addIssue({ code: "custom", message: problem });
});

/** A password being checked, not set: any length, but bounded so hashing cannot be abused. */
export const givenPasswordSchema = z
  .string()
  .min(1, "is required")
  .max(PASSWORD_MAX * 4);

/** A person's name as others see it (see display-name.ts for what is refused and why). */
export const personNameSchema = displayNameSchema(100);

/** Text a person writes, trimmed: at least one character, at most `max`. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`);

/** A person's role on a team. */
export const teamRoleSchema = z.enum(["leader", "member"]);
export type TeamRole = z.infer<typeof teamRoleSchema>;

/**
 * An object with one property per key, all of one type. Zod's exhaustive `z.record(z.enum(keys), v)`
 * validates the same, but its JSON Schema lists the keys only in `required` and `propertyNames`,
 * with no `properties`: client generators then type it as an open map and Redocly reports every
 * key as a required property that is not defined.
 */
export function keyedObject<const Key extends string, Value extends z.ZodType>(
  keys: readonly Key[],
  value: Value,
) {
  const shape = Object.fromEntries(keys.map((key) => [key, value])) as Record<Key, Value>;
  return z.object(shape);
}
