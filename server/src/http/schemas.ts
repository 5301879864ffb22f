import {
  errorSchema,
  newPasswordSchema as newPasswordLengthSchema,
  passwordLengthProblem,
} from "#contracts/common";
import { COMMON_PASSWORD_PROBLEM, isCommonPassword } from "../lib/passwords";

/**
 * What the server adds to the shared contracts (contracts/): the error responses each route lists
 * in the OpenAPI document, and the checks that need what only the server holds.
 */

/**
 * A new password: the contract's length rule, then the common-password list (372 KB, so it stays on
 * the server). One message at most, as passwordProblem gives it. Routes put it in place of the
 * contract's field with `.extend`, which leaves the documented schema as it is.
 */
export const newPasswordSchema = newPasswordLengthSchema.superRefine((password, issue) => {
  if (passwordLengthProblem(password) === null && isCommonPassword(password))
    issue.addIssue({ code: "custom", message: COMMON_PASSWORD_PROBLEM });
});

/** Common error responses, so the OpenAPI document lists them for each route. */
export const errors = (...statuses: (400 | 401 | 403 | 404 | 409 | 410 | 429)[]) =>
  Object.fromEntries(statuses.map((s) => [s, errorSchema])) as Record<number, typeof errorSchema>;
