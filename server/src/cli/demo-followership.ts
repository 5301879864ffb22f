import { FOLLOWERSHIP_ITEMS } from "#core/instruments/followership";
import type { ManualClock } from "../lib/clock";
import type { DemoCall } from "./demo-conversations";

const DAY = 24 * 60 * 60 * 1000;

type Point = [it: number, ae: number];

/**
 * What each of the first team's members did with the followership self-assessment, and where the
 * leader placed them, in order: the team map then shows arrows from estimate to self-view (a gap
 * written first, which the audit lists as a blind spot; an estimate written while the result was
 * sealed; one written after looking), an estimate with no self-view, and a private result the
 * leader never sees.
 */
interface FollowershipStory {
  member: number;
  /** The leader's estimate, written before the take unless `estimateAfter`. */
  estimate?: Point;
  /** The member's takes, oldest first, `daysAgo` each. */
  takes?: { point: Point; daysAgo: number }[];
  visibility?: "private" | "leader" | "team";
  /** The leader looks at the result on the person's page (after the take). */
  looks?: boolean;
  /** The estimate comes after the take: while sealed, or after looking when `looks`. */
  estimateAfter?: boolean;
}

export const FOLLOWERSHIP_STORIES: FollowershipStory[] = [
  // Amara: the leader guessed pragmatist leaning alienated; she sees herself exemplary, and took it twice.
  {
    member: 0,
    estimate: [45, 25],
    takes: [
      { point: [40, 38], daysAgo: 40 },
      { point: [50, 46], daysAgo: 6 },
    ],
    looks: true,
  },
  // Ben: the leader's estimate was written while his result was sealed, so it counts as first.
  { member: 1, takes: [{ point: [28, 52], daysAgo: 9 }], estimate: [35, 45], estimateAfter: true },
  // Chen: close, a short arrow.
  { member: 2, estimate: [15, 44], takes: [{ point: [22, 47], daysAgo: 8 }], looks: true },
  // Dana: the leader looked first, then placed her: after the result.
  {
    member: 3,
    takes: [{ point: [44, 14], daysAgo: 7 }],
    looks: true,
    estimate: [40, 20],
    estimateAfter: true,
  },
  // Elif: an estimate, no self-assessment yet.
  { member: 4, estimate: [38, 50] },
  // Femi: the leader places him pragmatist after seeing his answer (exemplary, from his story), and his take agrees with it.
  { member: 5, estimate: [32, 35], takes: [{ point: [48, 52], daysAgo: 5 }], looks: true },
  // Greta: a private result, which no leader sees.
  { member: 6, estimate: [20, 25], takes: [{ point: [12, 18], daysAgo: 4 }], visibility: "private" },
];

/** Answers that sum to the point: each axis's ten items spread as evenly as the sum allows. */
export function answersFor([it, ae]: Point): Record<string, number> {
  const answers: Record<string, number> = {};
  const seen = { it: 0, ae: 0 };
  for (const item of FOLLOWERSHIP_ITEMS) {
    const sum = item.axis === "it" ? it : ae;
    const index = seen[item.axis]++;
    answers[item.id] = Math.floor(sum / 10) + (index < sum % 10 ? 1 : 0);
  }
  return answers;
}

/** Plays the stories through the API, each take on its day (the clock set back, then restored). */
export async function loadDemoFollowership(input: {
  call: DemoCall;
  clock: ManualClock;
  now: Date;
  leader: { email: string };
  members: { id: string; email: string }[];
  password: string;
}): Promise<number> {
  const { call, clock } = input;
  const end = input.now.getTime();
  const signIn = async (email: string) =>
    (await call("", "POST", "/api/v1/auth/login", { email, password: input.password })).cookie;
  let takes = 0;
  for (const story of FOLLOWERSHIP_STORIES) {
    const member = input.members[story.member];
    if (!member) throw new Error(`no demo member ${story.member}`);
    const person = `/api/v1/people/${member.id}`;
    const first = story.takes?.[0]?.daysAgo ?? 3;
    clock.set(new Date(end - (first + 1) * DAY));
    let leader = await signIn(input.leader.email);
    const estimate = async () => {
      if (story.estimate) {
        const [it, ae] = story.estimate;
        await call(leader, "PUT", `${person}/followership-estimate`, { it, ae });
      }
    };
    if (!story.estimateAfter) await estimate();
    for (const take of story.takes ?? []) {
      clock.set(new Date(end - take.daysAgo * DAY));
      await call(await signIn(member.email), "POST", "/api/v1/me/assessments/followership", {
        answers: answersFor(take.point),
        visibility: story.visibility ?? "leader",
      });
      takes += 1;
    }
    clock.set(new Date(clock.now().getTime() + 60 * 60 * 1000));
    leader = await signIn(input.leader.email);
    if (story.looks) await call(leader, "POST", `${person}/facets/followership-style/reveal`);
    if (story.estimateAfter) await estimate();
  }
  clock.set(input.now);
  return takes;
}
