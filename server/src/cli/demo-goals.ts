import type { ManualClock } from "../lib/clock";
import type { DemoCall } from "./demo-conversations";

const DAY = 24 * 60 * 60 * 1000;

type Visibility = "private" | "leader" | "team";

/** One thing that happens on a goal, `daysAgo` (at 10:00 UTC plus `minutes`), in order. */
type GoalStep =
  | { daysAgo: number; member: number; stance: string; visibility?: Visibility; named?: boolean }
  | { daysAgo: number; perceive: number; stance: string }
  | { daysAgo: number; look: number }
  | { daysAgo: number; thank: number; message: string }
  | { daysAgo: number; ask: number | "leader"; text: string; answer?: string };

export interface GoalStory {
  title: string;
  why: string;
  firstStep: string;
  /** Stated this many days ago. */
  daysAgo: number;
  steps: GoalStep[];
}

/**
 * Platform's two goals, played through the API over several weeks. On the first a crowd formed:
 * Amara (0) joined first and agreed to be named, and was thanked; Ben (1) joined second, named and
 * not yet thanked (the leader's home says so); Chen (2) was the third, so the crowd's moment is his,
 * and he is "someone" to the team. The leader perceived Dana (3) as committed before looking;
 * she says curious: a gap of two rungs, a blind spot. Greta's (6) stance is private and counted
 * nowhere. Two questions, one closed (the linter says so beside it) and answered, one open. The
 * second goal is a week old with two stances: too few for the team to see its curve.
 */
export const GOAL_STORIES: GoalStory[] = [
  {
    title: "Every change reviewed within a day",
    why: "Changes that wait for review go stale, conflict with each other, and the author has moved on by the time comments come.",
    firstStep: "Review one open change before starting your own work each morning.",
    daysAgo: 36,
    steps: [
      { daysAgo: 35, perceive: 0, stance: "committed" },
      { daysAgo: 35, perceive: 3, stance: "committed" },
      { daysAgo: 34, member: 0, stance: "curious", visibility: "team" },
      { daysAgo: 31, member: 1, stance: "aware", visibility: "team" },
      { daysAgo: 29, member: 0, stance: "supportive", visibility: "team", named: true },
      {
        daysAgo: 27,
        thank: 0,
        message: "Thank you for going first, Amara: your morning reviews set the tone.",
      },
      { daysAgo: 24, member: 5, stance: "aware", visibility: "leader" },
      { daysAgo: 22, member: 1, stance: "supportive", visibility: "team", named: true },
      {
        daysAgo: 20,
        ask: 3,
        text: "Does this apply to hotfixes too?",
        answer: "Hotfixes get a review after they ship, within the same day.",
      },
      { daysAgo: 17, member: 2, stance: "committed", visibility: "leader" },
      { daysAgo: 15, member: 3, stance: "curious", visibility: "team" },
      { daysAgo: 12, member: 6, stance: "unaware", visibility: "private" },
      { daysAgo: 10, member: 0, stance: "champion", visibility: "team", named: true },
      { daysAgo: 9, ask: 4, text: "What would make reviewing someone else's change easier for you?" },
      { daysAgo: 8, look: 0 },
      { daysAgo: 8, look: 3 },
      { daysAgo: 6, member: 4, stance: "supportive", visibility: "team" },
    ],
  },
  {
    title: "Write decisions down where the team can find them",
    why: "Half of our questions are about why something was decided; the answer should not depend on who was in the room.",
    firstStep: "After your next decision, add three lines to the decision log.",
    daysAgo: 8,
    steps: [
      { daysAgo: 6, member: 0, stance: "aware", visibility: "team" },
      { daysAgo: 3, member: 1, stance: "curious", visibility: "leader" },
      { daysAgo: 2, perceive: 1, stance: "supportive" },
    ],
  },
];

/** Plays the goal stories through the API, each step on its day (the clock set back, then restored). */
export async function loadDemoGoals(input: {
  call: DemoCall;
  clock: ManualClock;
  now: Date;
  teamId: string;
  leaderEmail: string;
  members: { id: string; email: string }[];
  password: string;
}): Promise<{ goals: number; stances: number }> {
  const { call, clock } = input;
  const end = input.now.getTime();
  const at = (daysAgo: number, minutes: number) => {
    const day = new Date(end - daysAgo * DAY);
    day.setUTCHours(10, minutes, 0, 0);
    clock.set(day);
  };
  const as = async (email: string) =>
    (await call("", "POST", "/api/v1/auth/login", { email, password: input.password })).cookie;
  const member = (index: number) => {
    const found = input.members[index];
    if (!found) throw new Error(`no demo member ${index}`);
    return found;
  };
  let stances = 0;
  for (const story of GOAL_STORIES) {
    at(story.daysAgo, 0);
    const created = await call(await as(input.leaderEmail), "POST", `/api/v1/teams/${input.teamId}/goals`, {
      title: story.title,
      why: story.why,
      firstStep: story.firstStep,
    });
    const goal = `/api/v1/goals/${created.json.id as string}`;
    let minutes = 0;
    let lastDay = story.daysAgo;
    for (const step of story.steps) {
      minutes = step.daysAgo === lastDay ? minutes + 5 : 0;
      lastDay = step.daysAgo;
      at(step.daysAgo, minutes);
      if ("member" in step) {
        const person = member(step.member);
        const cookie = await as(person.email);
        await call(cookie, "PUT", `${goal}/stance`, { stance: step.stance, visibility: step.visibility });
        if (step.named) await call(cookie, "PUT", `${goal}/consent`, { named: true });
        stances += 1;
      } else if ("perceive" in step) {
        await call(
          await as(input.leaderEmail),
          "PUT",
          `${goal}/people/${member(step.perceive).id}/perceived-stance`,
          {
            stance: step.stance,
          },
        );
      } else if ("look" in step) {
        await call(await as(input.leaderEmail), "POST", `${goal}/people/${member(step.look).id}/stance-look`);
      } else if ("thank" in step) {
        await call(await as(input.leaderEmail), "POST", `${goal}/thanks`, {
          personId: member(step.thank).id,
          message: step.message,
        });
      } else {
        const asker = step.ask === "leader" ? input.leaderEmail : member(step.ask).email;
        const asked = await call(await as(asker), "POST", `${goal}/questions`, { text: step.text });
        if (step.answer) {
          at(step.daysAgo, minutes + 60);
          await call(
            await as(input.leaderEmail),
            "PUT",
            `${goal}/questions/${asked.json.id as string}/answer`,
            {
              text: step.answer,
            },
          );
        }
      }
    }
  }
  clock.set(input.now);
  return { goals: GOAL_STORIES.length, stances };
}
