import ical from "ical-generator";
import { DateTime } from "luxon";
import { tzlib_get_ical_block, tzlib_get_timezones } from "timezones-ical-library";
import type { PlannedConversation } from "../conversations";

const KNOWN_ZONES = new Set(tzlib_get_timezones(false));

/**
 * The zone the feed's events are written in, with its VTIMEZONE: the person's own, by the name
 * the time zone library files it under (`Asia/Calcutta` is `Asia/Kolkata` there). UTC, or a zone
 * the library does not have, gets times in UTC (`…Z`), which every calendar app reads right.
 */
function eventZone(timeZone: string): { name: string; vtimezone: string } | null {
  if (timeZone === "UTC" || !KNOWN_ZONES.has(timeZone)) return null;
  const [vtimezone, tzid] = tzlib_get_ical_block(timeZone, false);
  const name = tzid?.replace(/^TZID=/, "");
  return vtimezone && name ? { name, vtimezone } : null;
}

export interface FeedOwner {
  id: string;
  timeZone: string;
}

/**
 * A person's conversations as an iCalendar feed (RFC 5545) in their time zone: each a "1:1 with"
 * the other side at its instant, for its length, linking back to its page. Nothing of its notes
 * or agenda: a calendar app shows and syncs what it gets to places Rapport cannot see.
 */
export function conversationFeed(
  owner: FeedOwner,
  conversations: readonly PlannedConversation[],
  options: { baseUrl: string; now: Date },
): string {
  const host = new URL(options.baseUrl).hostname;
  const zone = eventZone(owner.timeZone);
  const calendar = ical({
    name: "Rapport conversations",
    prodId: { company: "Rapport", product: "Rapport", language: "EN" },
    // One hour: a calendar app that honours it sees a new or moved conversation within the hour.
    ttl: 60 * 60,
  });
  if (zone)
    calendar.timezone({ name: null, generator: (name) => (name === zone.name ? zone.vtimezone : null) });
  calendar.x("X-WR-TIMEZONE", owner.timeZone);
  for (const conversation of conversations) {
    const other = conversation.leader.id === owner.id ? conversation.person : conversation.leader;
    const start = DateTime.fromISO(conversation.scheduledAt, { zone: zone?.name ?? "UTC" });
    const page = `${options.baseUrl}/conversations/${conversation.id}`;
    calendar.createEvent({
      id: `conversation-${conversation.id}@${host}`,
      start,
      end: start.plus({ minutes: conversation.durationMinutes }),
      timezone: zone?.name ?? "UTC",
      stamp: options.now,
      summary: `1:1 with ${other.name}`,
      description: `The agenda and notes are in Rapport: ${page}`,
      url: page,
    });
  }
  return calendar.toString();
}
