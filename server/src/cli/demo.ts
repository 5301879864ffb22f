import type { FastifyInstance } from "fastify";
import { buildApp } from "../app";
import type { Config } from "../config";
import { ManualClock } from "../lib/clock";
import { disabledMailer } from "../lib/mailer";
import { backgroundSteps } from "./demo-background";
import { COACH_ASSIGNMENTS, DEMO_COACH, loadDemoCoaching } from "./demo-coaching";
import { type DemoCall, HELD, loadDemoConversations, PLANNED } from "./demo-conversations";
import { FOLLOWERSHIP_STORIES, loadDemoFollowership } from "./demo-followership";
import { loadDemoGoals } from "./demo-goals";
import { loadDemoPriorities, WORK_ITEMS } from "./demo-priorities";
import { loadDemoPulses, PULSE_ROUNDS } from "./demo-pulses";

export const DEMO_PASSWORD = "demo passphrase 2026";
export const DEMO_LEADER = "leader@demo.rapport.test";
const DAY = 24 * 60 * 60 * 1000;

type Visibility = "private" | "leader" | "team";
type Source = "assumed" | "inferred" | "heard" | "observed" | "asked";

/** What one demo member says about themselves and what their leader believes, facet by facet. */
interface Story {
  answers: [facet: string, value: unknown, visibility: Visibility][];
  beliefs: [facet: string, value: unknown, source: Source, confidence: number][];
  /** Text facets the leader compares by hand. */
  marks?: [facet: string, outcome: "match" | "partial" | "miss"][];
  /** Answers the leader has not looked at yet (sealed, waiting for a guess); the leader looks at every other. */
  sealed?: string[];
}

/** The demo leader's own "working with me", most of it shared with the teams they lead. */
const LEADER_MANUAL: [facet: string, value: unknown, visibility: Visibility][] = [
  [
    "how-i-lead",
    "I agree the outcome with you, then stay out of the way until you want a second pair of eyes.",
    "team",
  ],
  [
    "still-learning",
    "Letting a silence run in a one-to-one instead of filling it with my own ideas.",
    "team",
  ],
  [
    "recent-mistake",
    "I moved a release date without asking the two people it landed on. I now ask before I promise.",
    "team",
  ],
  [
    "what-i-need-from-you",
    "Bad news early, even half-formed. I would rather hear it from you than from a dashboard.",
    "team",
  ],
  ["focus-rhythm", "early-morning", "team"],
  ["communication-channels", ["written-async", "quick-call"], "team"],
  ["drains", "Meetings that end without anyone deciding anything.", "private"],
];

const STORIES: Story[] = [
  {
    answers: [
      ["communication-channels", ["quick-call"], "leader"],
      ["focus-rhythm", "early-morning", "team"],
      ["drains", "Long status meetings with no decisions", "leader"],
    ],
    beliefs: [
      ["communication-channels", ["written-async"], "assumed", 5],
      ["focus-rhythm", "early-morning", "observed", 4],
      ["drains", "Interruptions during focus time", "inferred", 4],
    ],
    marks: [["drains", "partial"]],
  },
  {
    answers: [
      ["autonomy-vs-direction", 5, "leader"],
      ["feedback", "straight-away", "leader"],
      ["energisers", "Untangling a hard problem with a colleague", "team"],
    ],
    beliefs: [
      ["autonomy-vs-direction", 4, "observed", 3],
      ["feedback", "at-one-to-one", "assumed", 4],
      ["growth-career-aims", "Wants to lead a team within two years", "heard", 2],
    ],
  },
  {
    answers: [
      ["recognition", ["private-word", "learning-opportunity"], "leader"],
      ["raising-problems", "with-a-proposal", "leader"],
    ],
    beliefs: [
      ["recognition", ["team-mention"], "assumed", 3],
      ["raising-problems", "with-a-proposal", "asked", 5],
      ["boundaries", "No meetings on Fridays", "heard", 3],
    ],
  },
  {
    answers: [
      ["planning-style", 4, "team"],
      ["decision-style", "reflect-overnight", "leader"],
      ["meaningful-work", "Seeing customers use what we build", "team"],
    ],
    beliefs: [
      ["planning-style", 2, "inferred", 4],
      ["decision-style", "analyse-first", "observed", 3],
    ],
  },
  {
    answers: [
      ["keeping-leader-informed", "weekly-summary", "leader"],
      ["support-wanted", ["unblocking", "context"], "leader"],
    ],
    beliefs: [
      ["keeping-leader-informed", "weekly-summary", "observed", 4],
      ["support-wanted", ["coaching"], "assumed", 4],
      ["voicing-disagreement", "privately-afterwards", "inferred", 3],
    ],
  },
  {
    answers: [
      ["followership-style", "exemplary", "leader"],
      ["handling-pressure", "Goes quiet, then makes a list", "private"],
    ],
    beliefs: [
      ["followership-style", "pragmatist", "assumed", 2],
      ["handling-pressure", "Gets energised by deadlines", "assumed", 5],
    ],
  },
  {
    answers: [["solo-vs-collaborative", 2, "leader"]],
    beliefs: [
      ["solo-vs-collaborative", 2, "asked", 5],
      ["response-expectations", "same-day", "assumed", 3],
    ],
  },
  {
    answers: [["success-this-year", "Ship the billing rewrite without a rollback", "leader"]],
    beliefs: [["success-this-year", "Get promoted", "heard", 3]],
    marks: [["success-this-year", "miss"]],
  },
  {
    answers: [["growth-career-aims", "Move towards product management within a year", "leader"]],
    beliefs: [
      ["focus-rhythm", "afternoon", "assumed", 2],
      ["energisers", "Mentoring juniors", "observed", 3],
    ],
    sealed: ["growth-career-aims"],
  },
  {
    answers: [["information-intake", ["visual", "worked-example"], "leader"]],
    beliefs: [],
    sealed: ["information-intake"],
  },
  {
    answers: [
      ["decision-involvement", 4, "leader"],
      ["boundaries", "No calls after six; Wednesdays I leave at four", "team"],
    ],
    beliefs: [["decision-involvement", 3, "inferred", 3]],
    sealed: ["boundaries"],
  },
  { answers: [], beliefs: [] },
];

const MEMBER_NAMES = [
  "Amara Okafor",
  "Ben Larsen",
  "Chen Wei",
  "Dana Cohen",
  "Elif Kaya",
  "Femi Adeyemi",
  "Greta Nilsson",
  "Hugo Martin",
  "Ines Duarte",
  "Jonas Weber",
  "Kiri Tane",
  "Lucía Romero",
];

async function call(
  app: FastifyInstance,
  cookie: string,
  method: "GET" | "POST" | "PUT" | "PATCH",
  url: string,
  body?: unknown,
) {
  const response = await app.inject({
    method,
    url,
    headers: cookie ? { cookie } : {},
    ...(body === undefined ? {} : { payload: body as object }),
  });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url} → ${response.statusCode} ${response.body}`);
  const set = response.cookies.find((c) => c.name === "rapport_session");
  return {
    json: response.json() as Record<string, unknown>,
    cookie: set ? `rapport_session=${set.value}` : cookie,
  };
}

/**
 * Fills a fresh database with a workspace, a leader of two teams (with their own manual and two
 * question lists) and twelve members whose answers, beliefs and comparisons make every knowledge
 * state and audit figure show something, most of each team's heatmap known, and a few answers
 * waiting for the leader's guess; then six months of conversations and commitments, so every
 * practice figure shows something too, Platform's trust pulse (three closed rounds and one open) and
 * Platform's followership takes and estimates, so its map shows arrows, Platform's rated work items,
 * so every quadrant and alignment figure shows, and Platform's two goals with stances over five
 * weeks (a crowd formed on one), and a coach with a note and two assignments. Some of it is
 * written 200+ days ago (a clock set back), so stale knowledge appears too. Everything goes through
 * the API, so the demo obeys the same rules as people do.
 */
export async function loadDemo(
  config: Config,
  out: (line: string) => void,
  options: { now?: Date } = {},
): Promise<void> {
  const now = (options.now ?? new Date()).getTime();
  const clock = new ManualClock(new Date(now - 240 * DAY));
  const { app } = await buildApp({
    config,
    clock,
    mailer: disabledMailer,
    logger: false,
    webDistDir: "/nonexistent",
  });
  try {
    if (!(await call(app, "", "GET", "/api/v1/setup")).json.needed) {
      throw new Error(
        "This database already has a workspace; the demo only fills a fresh one (set DATABASE_URL to a new file).",
      );
    }
    let admin = (
      await call(app, "", "POST", "/api/v1/setup", {
        workspaceName: "Northwind (demo)",
        name: "Ada Admin",
        email: "admin@demo.rapport.test",
        password: DEMO_PASSWORD,
      })
    ).cookie;
    const team = async (name: string) =>
      (await call(app, admin, "POST", "/api/v1/teams", { name })).json.id as string;
    const join = async (teamId: string, email: string, name: string, role: "leader" | "member") => {
      const { url } = (await call(app, admin, "POST", `/api/v1/teams/${teamId}/invitations`, { email, role }))
        .json as { url: string };
      const token = url.split("/invitations/")[1];
      const accepted = await call(app, "", "POST", `/api/v1/invitations/${token}/accept`, {
        name,
        password: DEMO_PASSWORD,
      });
      return { cookie: accepted.cookie, id: accepted.json.userId as string };
    };
    const platform = await team("Platform");
    const growth = await team("Growth");
    const leader = await join(platform, DEMO_LEADER, "Lena Leader", "leader");
    await call(app, admin, "POST", `/api/v1/teams/${growth}/invitations`, {
      email: DEMO_LEADER,
      role: "leader",
    }).then(async ({ json }) => {
      // An existing account accepts while signed in, as a person would.
      const token = (json.url as string).split("/invitations/")[1];
      await call(app, leader.cookie, "POST", `/api/v1/invitations/${token}/accept`);
    });
    // The leader goes first: their manual, shared with the teams they lead.
    for (const [facet, value, visibility] of LEADER_MANUAL)
      await call(app, leader.cookie, "PUT", `/api/v1/me/answers/${facet}`, { value, visibility });
    // Everyone joins at the start, so the conversations of the last months are with people already led.
    const members: { id: string; email: string; name: string }[] = [];
    for (const [index, name] of MEMBER_NAMES.entries()) {
      const email = `${(name.split(" ")[0] ?? "member")
        .normalize("NFD")
        .replace(/[^a-z]/gi, "")
        .toLowerCase()}@demo.rapport.test`;
      const { id } = await join(index < 7 ? platform : growth, email, name, "member");
      members.push({ id, email, name });
    }
    const signIn = async (email: string) =>
      (await call(app, "", "POST", "/api/v1/auth/login", { email, password: DEMO_PASSWORD })).cookie;
    for (const [index, story] of STORIES.entries()) {
      // The first three stories were learned long ago (they will show as stale); the rest recently.
      if (index === 3) {
        clock.set(new Date(now - 10 * DAY));
        leader.cookie = (
          await call(app, "", "POST", "/api/v1/auth/login", { email: DEMO_LEADER, password: DEMO_PASSWORD })
        ).cookie;
        admin = (
          await call(app, "", "POST", "/api/v1/auth/login", {
            email: "admin@demo.rapport.test",
            password: DEMO_PASSWORD,
          })
        ).cookie;
      }
      const joined = members[index];
      if (!joined) throw new Error(`no member for story ${index}`);
      const { name } = joined;
      const member = { id: joined.id, cookie: await signIn(joined.email) };
      // Beyond the story, the everyday knowledge that fills most of the heatmap; the member who
      // has answered nothing in the story answers nothing here either.
      const storyFacets = new Set([...story.answers, ...story.beliefs].map(([facet]) => facet));
      const background = backgroundSteps(index, storyFacets, story.answers.length > 0);
      const beliefs = [
        ...story.beliefs,
        ...background.flatMap(({ facet, belief }) =>
          belief ? [[facet, belief.value, belief.source, belief.confidence] as const] : [],
        ),
      ];
      const answers = [
        ...story.answers,
        ...background.flatMap(({ facet, answer }) =>
          answer ? [[facet, answer.value, answer.visibility] as const] : [],
        ),
      ];
      const marks = [
        ...(story.marks ?? []),
        ...background.flatMap(({ facet, mark }) => (mark ? [[facet, mark] as const] : [])),
      ];
      const person = `/api/v1/people/${member.id}`;
      for (const [facet, value, source, confidence] of beliefs)
        await call(app, leader.cookie, "PUT", `${person}/beliefs/${facet}`, { value, source, confidence });
      clock.advance(60_000);
      for (const [facet, value, visibility] of answers)
        await call(app, member.cookie, "PUT", `/api/v1/me/answers/${facet}`, { value, visibility });
      // The leader wrote their beliefs first, and now looks at what the member said.
      for (const [facet, , visibility] of answers) {
        if (visibility === "private" || story.sealed?.includes(facet)) continue;
        await call(app, leader.cookie, "POST", `${person}/facets/${facet}/reveal`);
      }
      for (const [facet, outcome] of marks)
        await call(app, leader.cookie, "PUT", `${person}/comparisons/${facet}`, { outcome });
      clock.advance(60_000);
      out(`  ${name}: ${answers.length} answers, ${beliefs.length} beliefs`);
    }
    // Two question lists of the leader's own, copied from the bank.
    for (const [name, fromBank] of [
      ["First one-to-ones", { depth: "light" }],
      ["How we work together", { dimension: "followership" }],
    ] as const)
      await call(app, leader.cookie, "POST", "/api/v1/question-lists", { name, fromBank });
    // What every step below is given: the app to call, the clock and today, the password.
    const demoCall: DemoCall = (cookie, method, url, body) => call(app, cookie, method, url, body);
    const step = {
      call: demoCall,
      clock,
      now: new Date(now),
      password: DEMO_PASSWORD,
    };
    // Platform's steps (pulse, priorities, goals) play on its team, its leader and seven members.
    const onPlatform = { ...step, teamId: platform, leaderEmail: DEMO_LEADER, members: members.slice(0, 7) };
    // Six months of conversations, loops, self-checks and commitments (demo-conversations.ts).
    await loadDemoConversations({
      ...step,
      leader: { id: leader.id, email: DEMO_LEADER },
      members,
    });
    out(`  ${HELD.length} conversations held over six months, ${PLANNED.length} planned`);
    // Platform's trust pulse: three closed rounds and one open (demo-pulses.ts).
    await loadDemoPulses(onPlatform);
    out(`  Platform's trust pulse: ${PULSE_ROUNDS.length} rounds closed, one open`);
    // Followership self-assessments and the leader's estimates on Platform (demo-followership.ts).
    const takes = await loadDemoFollowership({
      ...step,
      leader: { email: DEMO_LEADER },
      members,
    });
    out(
      `  ${takes} followership self-assessments, ${FOLLOWERSHIP_STORIES.length} people on Platform's followership map`,
    );
    // Platform's work items, rated by its leader and members (demo-priorities.ts).
    const ratings = await loadDemoPriorities(onPlatform);
    out(`  Platform's priorities: ${WORK_ITEMS.length} work items, ${ratings} ratings`);
    // Platform's common goals: stances over several weeks, a crowd on one, a gap, thanks, questions (demo-goals.ts).
    const goals = await loadDemoGoals(onPlatform);
    out(`  ${goals.goals} goals on Platform, ${goals.stances} stances stated over five weeks`);
    // A coach the leader invited, with a note and two practice assignments (demo-coaching.ts).
    await loadDemoCoaching({ ...step, leader: { id: leader.id, email: DEMO_LEADER } });
    out(`  ${DEMO_COACH} coaches ${DEMO_LEADER}: a note and ${COACH_ASSIGNMENTS.length} assignments`);
    out(
      `\nDemo ready. Sign in as ${DEMO_LEADER} (leader of Platform and Growth), ${DEMO_COACH} (their coach) or admin@demo.rapport.test, password "${DEMO_PASSWORD}".`,
    );
  } finally {
    await app.close();
  }
}
