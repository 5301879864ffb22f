import { z } from "zod";

/** A person's calendar feed: a secret URL that lists their conversations for a calendar app. */

/** Whether I have a feed, and since when; never its secret. */
export const calendarFeedSchema = z.object({
  feed: z.object({ createdAt: z.string() }).nullable(),
});
export type CalendarFeed = z.infer<typeof calendarFeedSchema>;

/** A feed just made: its URL, with the secret, in this response only. */
export const madeCalendarFeedSchema = z.object({ url: z.string(), createdAt: z.string() });
export type MadeCalendarFeed = z.infer<typeof madeCalendarFeedSchema>;

/** The secret part of a feed's URL, before `.ics`. */
export const calendarFeedParams = z.object({ secret: z.string().min(1).max(100) });
