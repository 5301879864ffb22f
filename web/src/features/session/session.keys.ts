/**
 * The session's TanStack Query keys. Every feature builds its keys in its own `<feature>.keys.ts`,
 * and every query, invalidation and cache write uses them, so a key is spelled in one place.
 */
export const sessionKeys = {
  /** Who is signed in (`GET /me`); the query client re-checks it when a request finds the session gone. */
  me: ["me"],
  /** Whether the first-run setup is still needed: the one thing kept when a session ends. */
  setup: ["setup"],
} as const;
