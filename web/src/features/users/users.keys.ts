export const peopleKeys = {
  /** The workspace's people, as admins manage them. */
  all: ["users"],
} as const;
