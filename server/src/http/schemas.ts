import { z } from "zod";
import { PASSWORD_MAX, passwordProblem } from "../lib/passwords";
import { displayNameSchema } from "./display-name";

export { displayNameSchema };

/** Shared request and response pieces; every route's schemas build on these. */
export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
});

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email("must be an email address"))
  .transform((e) => e.toLowerCase());

/** A new password: the length and common-password rules, reported on the field. */
export const newPasswordSchema = z.string().superRefine((password, issue) => {
  const problem = passwordProblem(password);
  if (problem) issue.addIssue({ code: "custom", message: problem });
});

/** A password being checked, not set: any length, but bounded so hashing cannot be abused. */
export const givenPasswordSchema = z
  .string()
  .min(1, "is required")
  .max(PASSWORD_MAX * 4);

/** A person's name as others see it (see display-name.ts for what is refused and why). */
export const personNameSchema = displayNameSchema(100);

export const uuidParam = z.uuid("must be an id");
/** A facet named by its id or its key. */
export const facetIdParam = z.string().min(1).max(60);

export const okSchema = z.object({ ok: z.literal(true) });

/** A person's role on a team. */
export const teamRoleSchema = z.enum(["leader", "member"]);

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

/** Common error responses, so the OpenAPI document lists them for each route. */
export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 429)[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorSchema])) as Record<number, typeof errorSchema>;
