export const passwordResetKeys = {
  /** Whether links go out by mail here. */
  options: ["password-resets", "options"],
  /** Whose password a link sets, while it works. */
  link: (token: string) => ["password-resets", "link", token] as const,
} as const;
