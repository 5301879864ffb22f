import { createHmac, randomBytes, randomUUID } from "node:crypto";

export const newId = (): string => randomUUID();

/** A random, URL-safe bearer token (256 bits). */
export const newToken = (): string => randomBytes(32).toString("base64url");

/**
 * What is stored for a token: an HMAC under the server's secret, so a copy of the database
 * alone cannot be replayed as sessions or invitation links.
 */
export const tokenDigest = (secret: string, token: string): string =>
  createHmac("sha256", secret).update(token).digest("base64url");
