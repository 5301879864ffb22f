/** My home: one query, read afresh whenever the page opens (it ticks with what I did elsewhere). */
export const homeKeys = {
  mine: ["home"] as const,
};
