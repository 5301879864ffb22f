import { createRequire } from "node:module";
import { hash, verify } from "@node-rs/argon2";
import type * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import { passwordLengthProblem } from "#contracts/common";

/**
 * The most common passwords, lower-cased. The dictionary is loaded (and decompressed) with the
 * first password checked rather than at boot, and synchronously, since zod refinements call
 * isCommonPassword.
 */
let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  if (common) return common;
  const { dictionary }: typeof zxcvbnCommon = createRequire(import.meta.url)("@zxcvbn-ts/language-common");
  common = new Set<string>(dictionary["passwords-common"].map((p: string) => p.toLowerCase()));
  return common;
}

export const COMMON_PASSWORD_PROBLEM = "This password is too common or too easy to guess; choose another.";

/** One of the most common passwords, or a character or a short run repeated. */
export function isCommonPassword(password: string): boolean {
  const lowered = password.toLowerCase();
  return commonPasswords().has(lowered) || /^(.)\1+$/.test(password) || /^(.{1,4})\1+$/.test(lowered);
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

/** What a password is checked against besides the common ones: what names its person and workspace. */
export interface PasswordContext {
  name?: string | null | undefined;
  email?: string | null | undefined;
  workspaceName?: string | null | undefined;
}

/** Lower case, accents and everything but letters and digits dropped: how the words are compared. */
const squeeze = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");

/** Parts shorter than this are left out: short ones turn up inside long passwords by chance. */
const SHORTEST_WORD = 4;

/**
 * ASVS 6.1.2 and 6.2.11: a password may not contain a word that anyone who knows this account
 * would try first: "rapport", the workspace's name, the person's name or one of its words, the
 * part of their email address before the @. Compared without case, accents, spaces or marks.
 * Returns a message for the person, or null.
 */
export function contextPasswordProblem(password: string, context: PasswordContext): string | null {
  const squeezed = squeeze(password);
  const words: [string, string][] = [["rapport", "the name of this app"]];
  if (context.workspaceName) words.push([squeeze(context.workspaceName), "your workspace's name"]);
  if (context.name) {
    words.push([squeeze(context.name), "your name"]);
    for (const part of context.name.split(/[^\p{L}\p{N}]+/u)) words.push([squeeze(part), "your name"]);
  }
  if (context.email) words.push([squeeze(context.email.split("@")[0] ?? ""), "your email address"]);
  const found = words.find(([word]) => word.length >= SHORTEST_WORD && squeezed.includes(word));
  return found ? `This password contains ${found[1]}, which makes it easy to guess; choose another.` : null;
}
