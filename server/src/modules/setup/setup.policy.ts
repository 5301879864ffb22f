/**
 * Who may run first-run setup: anyone who reaches the server, exactly while it has no workspace
 * (they become its first admin). Once a workspace exists, setup is closed for good: people join
 * by invitation, and `rapport create-admin` serves the one who holds the server.
 */
export const setupPolicy = {
  canRunSetup: (workspaceCount: number): boolean => workspaceCount === 0,
};
