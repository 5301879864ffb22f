import type { World } from "../world";
import type { Row } from "./row";
import { all, signedIn } from "./row";

/** A new feed of the member's, and the secret in its URL. */
async function memberFeedSecret(w: World): Promise<string> {
  const made = await w.clients.member.post("/api/v1/me/calendar-feed");
  const match = /\/calendar\/([^/]+)\.ics$/.exec((made.json() as { url: string }).url);
  if (made.statusCode !== 201 || !match?.[1]) throw new Error(`No calendar feed made: ${made.body}`);
  return match[1];
}

/** Calendar feeds: one's own to make, see and delete; the feed itself opens to whoever holds its URL. */
export const CALENDAR_ROWS: Row[] = [
  {
    route: "GET /me/calendar-feed",
    method: "GET",
    url: () => "/api/v1/me/calendar-feed",
    expect: signedIn(200),
  },
  {
    route: "POST /me/calendar-feed",
    method: "POST",
    url: () => "/api/v1/me/calendar-feed",
    expect: signedIn(201),
  },
  {
    route: "DELETE /me/calendar-feed",
    method: "DELETE",
    url: () => "/api/v1/me/calendar-feed",
    expect: signedIn(200),
  },
  {
    // The URL is the credential: signed in as anyone, or not at all, it shows the member's feed.
    route: "GET /calendar/:secret.ics (a feed's secret)",
    method: "GET",
    url: (_w, secret) => `/api/v1/calendar/${secret}.ics`,
    target: memberFeedSecret,
    capability: true,
    expect: all(200),
  },
  {
    route: "GET /calendar/:secret.ics (a secret since replaced)",
    method: "GET",
    url: (_w, secret) => `/api/v1/calendar/${secret}.ics`,
    target: async (w) => {
      const old = await memberFeedSecret(w);
      await memberFeedSecret(w);
      return old;
    },
    expect: all(404),
  },
  {
    route: "GET /calendar/:secret.ics (a secret never made)",
    method: "GET",
    url: () => "/api/v1/calendar/not-a-feed-anyone-made.ics",
    expect: all(404),
  },
];
