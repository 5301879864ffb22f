/** The two axes' names, as every screen of the instrument writes them. */
export const AXIS_NAME = {
  it: "Independent critical thinking",
  ae: "Active engagement",
} as const;

/** "thinking 45, engagement 30": a point in words, for a picture's description. */
export const pointWords = (point: { it: number; ae: number }): string =>
  `thinking ${point.it}, engagement ${point.ae}`;
