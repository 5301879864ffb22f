export const invitationKeys = {
  preview: (token: string) => ["invitation", token] as const,
};
