import { z } from "zod";
import { givenPasswordSchema } from "./common";

/**
 * Erasing a person (`DELETE /me`, `DELETE /users/:userId`): what they wrote and what was written
 * about them goes; the commitments and shared conversation notes the other person keeps stay,
 * naming them "a former member". See docs/ARCHITECTURE.md, "Erasing a person".
 */

/** `DELETE /me`: my own password, typed again, so a session left open cannot erase me. */
export const accountDeletionBody = z.object({ password: givenPasswordSchema });
export type AccountDeletionInput = z.input<typeof accountDeletionBody>;

/** How an erased person is named wherever something kept still points at them. */
export const FORMER_MEMBER_NAME = "A former member";
