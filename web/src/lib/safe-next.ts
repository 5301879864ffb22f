/** Only a same-site path is followed after sign-in, so a crafted link cannot send someone elsewhere. */
export function safeNext(next: string | null): string {
  if (next === null || !next.startsWith("/")) return "/";
  if (next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
