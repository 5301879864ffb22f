const all = ["calendar-feed"] as const;

/** The signed-in person's calendar link (whether there is one; never its secret). */
export const calendarKeys = { all, mine: [...all, "me"] as const };
