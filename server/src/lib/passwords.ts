import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { passwordLengthProblem } from "#contracts/common";

const COMMON = new Set<string>(dictionary["passwords-common"].map((p: string) => p.toLowerCase()));

export const COMMON_PASSWORD_PROBLEM = "This password is too common or too easy to guess; choose another.";

/** One of the most common passwords, or a character or a short run repeated. */
export function isCommonPassword(password: string): boolean {
  const lowered = password.toLowerCase();
  return COMMON.has(lowered) || /^(.)\1+$/.test(password) || /^(.{1,4})\1+$/.test(lowered);
}

/**
 * NIST SP 800-63B style: length 12–128 (contracts/common.ts), no composition rules, and not one of
 * the most common passwords. Returns a message for the person, or null when the password is acceptable.
 */
export function passwordProblem(password: string): string | null {
  return passwordLengthProblem(password) ?? (isCommonPassword(password) ? COMMON_PASSWORD_PROBLEM : null);
}

/**
 * argon2id (the library's default algorithm; its enum is const and cannot be imported under
 * isolatedModules) with the OWASP-recommended minimum cost: 19 MiB, 2 passes.
 */
export const hashPassword = (password: string): Promise<string> =>
  hash(password, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal it. */
let decoyHash: Promise<string> | null = null;
export const decoyPasswordHash = (): Promise<string> => {
  decoyHash ??= hashPassword("decoy-password-for-timing");
  return decoyHash;
};
