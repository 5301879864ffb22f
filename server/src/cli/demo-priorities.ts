import type { DemoTeamInput } from "./demo-pulses";

const DAY = 24 * 60 * 60 * 1000;

type Rating = readonly [value: number, effort: number];

/**
 * Platform's work items, rated by its leader and members so every quadrant, the ranking, the items
 * worth a conversation and the alignment figures show: two quick wins, two big bets, a fill-in and a
 * money pit; three items on which ratings spread by a point or more (the Rust rewrite on value, the
 * on-call handbook on effort, the test environments on value). Ratings by person, in the demo's
 * order: the leader, then Platform's members 0 … 6 (Amara … Greta); null where they did not rate.
 * The leader and Amara share their ratings with the team; Ben keeps his rating of the Rust rewrite
 * private (it counts in no figure); the others share with leaders. Greta rates only the first three,
 * so the team's W is over the five members who rated every item. All through the API.
 */
export const WORK_ITEMS: readonly {
  title: string;
  description: string | null;
  ratings: readonly (Rating | null)[];
}[] = [
  {
    title: "Automate the release checklist",
    description: "The twelve manual steps before each release, as one script.",
    ratings: [
      [5, 2],
      [5, 1],
      [4, 2],
      [5, 2],
      [4, 1],
      [4, 2],
      [5, 2],
      [4, 1],
    ],
  },
  {
    title: "Move to the new CI runners",
    description: "Faster builds, but every pipeline has to be ported.",
    ratings: [
      [4, 4],
      [5, 4],
      [4, 5],
      [4, 4],
      [5, 5],
      [3, 4],
      [4, 4],
      [4, 5],
    ],
  },
  {
    title: "Rename the internal dashboards",
    description: null,
    ratings: [
      [2, 1],
      [2, 2],
      [1, 1],
      [3, 2],
      [2, 1],
      [2, 2],
      [1, 1],
      [2, 1],
    ],
  },
  {
    title: "Rewrite the billing service in Rust",
    description: "Proposed after the October outage.",
    ratings: [[2, 5], [1, 5], [5, 5], [2, 4], [1, 5], [4, 5], [2, 4], null],
  },
  {
    title: "Write the on-call handbook",
    description: "What to do in the first hour of an incident, written down.",
    ratings: [[4, 2], [4, 1], [3, 4], [5, 2], [4, 5], [3, 1], [4, 2], null],
  },
  {
    title: "Self-service test environments",
    description: null,
    ratings: [[5, 4], [2, 4], [5, 5], [1, 4], [5, 4], [3, 5], [4, 4], null],
  },
];

/** Who shares which rating with whom: by rater index (0 the leader) and item index. */
function visibilityOf(rater: number, item: number): "private" | "leader" | "team" {
  if (rater <= 1) return "team";
  if (rater === 2 && item === 3) return "private";
  return "leader";
}

export async function loadDemoPriorities(input: DemoTeamInput): Promise<number> {
  const { call, clock, now } = input;
  const signIn = async (email: string) =>
    (await call("", "POST", "/api/v1/auth/login", { email, password: input.password })).cookie;
  // The leader lists the items a fortnight ago; the ratings come in over the days after.
  clock.set(new Date(now.getTime() - 14 * DAY));
  const leader = await signIn(input.leaderEmail);
  const ids: string[] = [];
  for (const { title, description } of WORK_ITEMS) {
    const { json } = await call(leader, "POST", `/api/v1/teams/${input.teamId}/work-items`, {
      title,
      ...(description === null ? {} : { description }),
    });
    ids.push(json.id as string);
    clock.advance(5 * 60_000);
  }
  const raters = [input.leaderEmail, ...input.members.map((m) => m.email)];
  let count = 0;
  for (const [rater, email] of raters.entries()) {
    clock.set(new Date(now.getTime() - (13 - rater) * DAY));
    const cookie = await signIn(email);
    for (const [item, { ratings }] of WORK_ITEMS.entries()) {
      const rating = ratings[rater];
      if (!rating) continue;
      await call(cookie, "PUT", `/api/v1/work-items/${ids[item]}/rating`, {
        value: rating[0],
        effort: rating[1],
        visibility: visibilityOf(rater, item),
      });
      clock.advance(60_000);
      count++;
    }
  }
  return count;
}
