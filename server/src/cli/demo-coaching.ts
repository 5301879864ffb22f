import type { DemoCall } from "./demo-conversations";

const DAY = 24 * 60 * 60 * 1000;

export const DEMO_COACH = "coach@demo.rapport.test";

/** What the demo coach is shown: every figure but the leader's own manual. */
export const COACH_GRANTS = ["practice", "audit", "goals", "alignment"] as const;

/** The coach's note to the leader, private between the two. */
export const COACH_NOTE =
  "Your Platform audit has more guesses than answers on how people like to be recognised. Before we meet, pick two people and ask them in your next one-to-one, then tell me what surprised you.";

/** Two assignments: one measured from the leader's own data, one the leader marks done. */
export const COACH_ASSIGNMENTS = [
  {
    title: "Ask more open questions than closed ones in your next three one-to-ones",
    dueInDays: 14,
    measure: "open_questions_asked",
    target: 6,
  },
  { title: "Share one thing you got wrong this month with the whole team", dueInDays: 10, measure: "manual" },
] as const;

/**
 * The leader invites a coach, who accepts as a new account through the link, writes a note and two
 * practice assignments: so the coach's home, the leader's coaching panel and home show something.
 */
export async function loadDemoCoaching(input: {
  call: DemoCall;
  now: Date;
  password: string;
  leader: { id: string; email: string };
}): Promise<void> {
  const { call, now, password } = input;
  const leader = (await call("", "POST", "/api/v1/auth/login", { email: input.leader.email, password }))
    .cookie;
  const { url } = (
    await call(leader, "POST", "/api/v1/me/coaches", { email: DEMO_COACH, grants: [...COACH_GRANTS] })
  ).json as { url: string };
  const token = url.split("/coach-invitations/")[1];
  const coach = (
    await call("", "POST", `/api/v1/coach-invitations/${token}/accept`, { name: "Cora Coach", password })
  ).cookie;
  const about = `/api/v1/coaching/leaders/${input.leader.id}`;
  await call(coach, "POST", `${about}/notes`, { body: COACH_NOTE });
  for (const { dueInDays, ...assignment } of COACH_ASSIGNMENTS) {
    const dueOn = new Date(now.getTime() + dueInDays * DAY).toISOString().slice(0, 10);
    await call(coach, "POST", `${about}/assignments`, { ...assignment, dueOn });
  }
}
