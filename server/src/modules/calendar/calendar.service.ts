import type { CalendarFeed, MadeCalendarFeed } from "#contracts/calendar";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { addDays, iso } from "../../lib/clock";
import { newToken, tokenDigest } from "../../lib/tokens";
import { plannedFor } from "../conversations";
import { ledNow } from "../knowledge";
import { conversationFeed } from "./calendar.ics";
import { calendarFeedRepository } from "./calendar.repository";

/** How far back the feed reaches: a conversation still planned but past stays a while. */
export const FEED_DAYS_BACK = 56;

/**
 * A person's calendar feed. Its URL's secret is returned once, when made; only its HMAC is kept
 * (as for API tokens), so a copy of the database opens no feed. One feed per person: making a new
 * one replaces the secret, and the old URL stops working.
 */
export function calendarService(ctx: AppContext) {
  const digest = (secret: string) => tokenDigest(ctx.config.sessionSecret, `calendar-feed:${secret}`);

  return {
    async current(auth: AuthContext): Promise<CalendarFeed["feed"]> {
      const row = await calendarFeedRepository.find(ctx.db, auth.userId);
      return row ? { createdAt: row.created_at } : null;
    },

    async make(auth: AuthContext): Promise<MadeCalendarFeed> {
      const secret = newToken();
      const createdAt = iso(ctx.clock.now());
      await calendarFeedRepository.replace(ctx.db, auth.userId, digest(secret), createdAt);
      return { url: `${ctx.config.baseUrl}/api/v1/calendar/${secret}.ics`, createdAt };
    },

    remove: (auth: AuthContext) => calendarFeedRepository.remove(ctx.db, auth.userId),

    /** The feed this secret opens, or null: unknown, replaced, deleted, or its person deactivated. */
    async feed(secret: string): Promise<string | null> {
      const owner = await calendarFeedRepository.ownerOf(ctx.db, digest(secret));
      if (!owner) return null;
      const now = ctx.clock.now();
      // Only while the leader still leads the person, as everywhere else.
      const conversations = await ledNow(
        ctx.db,
        await plannedFor(ctx.db, owner.id, addDays(now, -FEED_DAYS_BACK)),
      );
      return conversationFeed({ id: owner.id, timeZone: owner.time_zone }, conversations, {
        baseUrl: ctx.config.baseUrl,
        now,
      });
    },
  };
}
