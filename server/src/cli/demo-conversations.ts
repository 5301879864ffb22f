import type { ListeningCheckAnswers } from "#core/conversations/listening";
import type { ManualClock } from "../lib/clock";

/**
 * The demo's conversations over the last six months, so every practice figure and chart shows
 * something: held ones with questions asked (open and closed, by the linter), shared and private
 * notes, vulnerability loops (closed, open, and one open for more than 14 days), self-checks with
 * talk shares in each colour band, and commitments kept, late, dropped, open and overdue; two
 * conversations planned and one cancelled, cadences, and one answer request.
 *
 * server/src/cli/demo.test.ts works the practice figures out by hand from this table: change one
 * and the other changes with it.
 */

export type DemoCall = (
  cookie: string,
  method: "GET" | "POST" | "PUT" | "PATCH",
  url: string,
  body?: unknown,
) => Promise<{ json: Record<string, unknown>; cookie: string }>;

export const OPEN = {
  easier: "What would make next week easier for you?",
  feedback: "How do you like to get feedback?",
  stuck: "Tell me about the last time you felt stuck.",
  inTheWay: "What got in the way of the release?",
  project: "How is the project going for you?",
} as const;
export const CLOSED = {
  going: "Is the project going well?",
  release: "Did the release go well?",
  why: "Why was it late?",
  right: "That went well, right?",
} as const;

/** When: `monthsAgo` months before today's month on `day`, or `daysAgo` days before today, at 10:00 UTC. */
type When = { monthsAgo: number; day: number } | { daysAgo: number };

interface DemoCommitment {
  owner: "leader" | "member";
  text: string;
  dueInDays: number;
  /** Closed, this many days after the conversation. */
  closed?: [status: "done" | "dropped", afterDays: number];
}

export interface HeldConversation {
  /** Index into the demo's members. */
  member: number;
  when: When;
  asked: string[];
  /** Questions on the agenda that were not asked (only in a person's last held conversation). */
  notAsked?: string[];
  /** A talking point the member added, talked through. */
  talkingPoint?: string;
  check?: { items: Partial<ListeningCheckAnswers>; talkShare: number | null };
  /** The leader went first; `closedAfterDays` when they noticed the member answered in kind. */
  loop?: { signal: string; closedAfterDays?: number };
  commitments?: DemoCommitment[];
}

export const HELD: HeldConversation[] = [
  // Five months ago.
  {
    member: 0,
    when: { monthsAgo: 5, day: 4 },
    asked: [OPEN.easier, CLOSED.going],
    check: {
      items: { interrupted: true, paraphrased: false, open_questions: false, unasked_advice: true },
      talkShare: 72,
    },
    loop: { signal: "I told them I had misjudged the quarter's plan.", closedAfterDays: 3 },
    commitments: [{ owner: "leader", text: "Send the incident write-up", dueInDays: 7, closed: ["done", 6] }],
  },
  {
    member: 1,
    when: { monthsAgo: 5, day: 6 },
    asked: [CLOSED.release, CLOSED.why],
    check: {
      items: { interrupted: true, paraphrased: true, named_feeling: false, let_silences_run: false },
      talkShare: 68,
    },
  },
  // Four months ago.
  {
    member: 0,
    when: { monthsAgo: 4, day: 4 },
    asked: [OPEN.feedback, OPEN.stuck],
    check: {
      items: {
        interrupted: false,
        paraphrased: true,
        named_feeling: false,
        open_questions: true,
        unasked_advice: true,
        let_silences_run: true,
        turned_to_myself: false,
        they_raised_topics: false,
      },
      talkShare: 60,
    },
  },
  {
    member: 2,
    when: { monthsAgo: 4, day: 8 },
    asked: [CLOSED.going, OPEN.inTheWay],
    check: { items: { interrupted: false, paraphrased: true }, talkShare: 55 },
    commitments: [
      { owner: "leader", text: "Ask finance about the training budget", dueInDays: 7, closed: ["done", 10] },
    ],
  },
  {
    member: 3,
    when: { monthsAgo: 4, day: 12 },
    asked: [OPEN.project],
    loop: { signal: "I said I find roadmap reviews hard to run.", closedAfterDays: 22 },
  },
  // Three months ago.
  {
    member: 1,
    when: { monthsAgo: 3, day: 4 },
    asked: [OPEN.easier, CLOSED.right],
    talkingPoint: "The on-call rota",
    check: {
      items: { interrupted: false, paraphrased: true, named_feeling: true, open_questions: true },
      talkShare: 45,
    },
    commitments: [
      { owner: "member", text: "Write up the on-call handover", dueInDays: 7, closed: ["done", 10] },
    ],
  },
  {
    member: 4,
    when: { monthsAgo: 3, day: 6 },
    asked: [OPEN.stuck],
    check: {
      items: { unasked_advice: false, turned_to_myself: false, they_raised_topics: true },
      talkShare: 40,
    },
    commitments: [
      { owner: "leader", text: "Introduce you to the design lead", dueInDays: 14, closed: ["dropped", 3] },
    ],
  },
  {
    member: 5,
    when: { monthsAgo: 3, day: 10 },
    asked: [CLOSED.release, OPEN.feedback],
    check: { items: { interrupted: true, let_silences_run: true }, talkShare: 50 },
  },
  // Two months ago.
  {
    member: 0,
    when: { monthsAgo: 2, day: 4 },
    asked: [OPEN.inTheWay, OPEN.project],
    check: {
      items: { interrupted: false, paraphrased: true, open_questions: true, they_raised_topics: true },
      talkShare: 35,
    },
    loop: { signal: "I shared that I nearly missed the board deadline.", closedAfterDays: 4 },
  },
  {
    member: 6,
    when: { monthsAgo: 2, day: 6 },
    asked: [OPEN.easier],
    check: { items: { interrupted: false, named_feeling: true }, talkShare: 42 },
    commitments: [
      { owner: "leader", text: "Share the reorganisation timeline", dueInDays: 7, closed: ["dropped", 9] },
    ],
  },
  {
    member: 7,
    when: { monthsAgo: 2, day: 8 },
    asked: [OPEN.feedback, CLOSED.going],
    check: { items: { paraphrased: false, unasked_advice: false }, talkShare: 58 },
    commitments: [{ owner: "leader", text: "Book the conference ticket", dueInDays: 7, closed: ["done", 7] }],
  },
  { member: 8, when: { monthsAgo: 2, day: 10 }, asked: [OPEN.stuck, CLOSED.why] },
  // Last month.
  {
    member: 1,
    when: { monthsAgo: 1, day: 4 },
    asked: [OPEN.project, OPEN.stuck],
    check: {
      items: {
        interrupted: false,
        paraphrased: true,
        named_feeling: true,
        open_questions: true,
        unasked_advice: false,
        let_silences_run: true,
        turned_to_myself: false,
        they_raised_topics: true,
      },
      talkShare: 30,
    },
  },
  {
    member: 2,
    when: { monthsAgo: 1, day: 6 },
    asked: [OPEN.easier],
    check: { items: { interrupted: true }, talkShare: 66 },
    // Never closed: more than 14 days on, it is flagged on the leader's home.
    loop: { signal: "I admitted I had not read their proposal yet." },
  },
  {
    member: 9,
    when: { monthsAgo: 1, day: 8 },
    asked: [OPEN.feedback],
    commitments: [{ owner: "leader", text: "Review your promotion case", dueInDays: 5, closed: ["done", 2] }],
  },
  {
    member: 10,
    when: { monthsAgo: 1, day: 12 },
    asked: [CLOSED.release],
    // Still open, past its due day: overdue on both homes.
    commitments: [{ owner: "leader", text: "Find you a mentor in the data team", dueInDays: 10 }],
  },
  {
    member: 11,
    when: { monthsAgo: 1, day: 14 },
    asked: [OPEN.inTheWay],
    check: { items: { they_raised_topics: true, open_questions: true }, talkShare: 48 },
    commitments: [{ owner: "member", text: "Draft the pricing proposal", dueInDays: 3 }],
  },
  // This month.
  {
    member: 0,
    when: { daysAgo: 3 },
    asked: [OPEN.easier, OPEN.feedback],
    // Carried over to the next conversation with Amara, planned for the day after tomorrow.
    notAsked: [CLOSED.going],
    check: {
      items: { interrupted: false, paraphrased: true, named_feeling: true, open_questions: true },
      talkShare: 52,
    },
    loop: { signal: "I told them the re-plan was my call and I got it wrong." },
    commitments: [
      { owner: "leader", text: "Send the notes from today", dueInDays: 7 },
      { owner: "member", text: "Try the new sprint template", dueInDays: 10 },
    ],
  },
  { member: 3, when: { daysAgo: 1 }, asked: [OPEN.stuck] },
];

/** Conversations still to come, and one called off. */
export const PLANNED: { member: number; inDays: number; talkingPoint?: string }[] = [
  { member: 0, inDays: 2, talkingPoint: "Moving to the platform team" },
  { member: 5, inDays: 5 },
];
export const CANCELLED: { member: number; daysAgo: number }[] = [{ member: 6, daysAgo: 8 }];

/** The leader's target rhythms; Chen (weekly) and Ben (monthly) are overdue by them. */
export const CADENCES: [member: number, rhythm: "weekly" | "fortnightly" | "monthly"][] = [
  [0, "fortnightly"],
  [1, "monthly"],
  [2, "weekly"],
];

const DAY = 24 * 60 * 60 * 1000;

/** The instant of a `When`, at 10:00 UTC, counted from `now`. */
export function instantOf(when: When, now: Date): Date {
  if ("daysAgo" in when)
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - when.daysAgo, 10));
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - when.monthsAgo, when.day, 10));
}

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

interface Step {
  at: Date;
  run(): Promise<void>;
}

/**
 * Plays the table through the API, each step with the clock at its time: plan (two days before),
 * the member's talking point, the log when held (with the self-check and the loop's signal), the
 * commitments made in it, then the loop's close and each commitment's close on their days.
 */
export async function loadDemoConversations(input: {
  call: DemoCall;
  clock: ManualClock;
  now: Date;
  leader: { id: string; email: string };
  members: { id: string; email: string }[];
  password: string;
}): Promise<void> {
  const { call, clock, now } = input;
  const sessions = new Map<string, { cookie: string; at: number }>();
  /** A session for the person at the clock's time: signed in afresh when the last is hours old. */
  async function as(email: string): Promise<string> {
    const held = sessions.get(email);
    const at = clock.now().getTime();
    if (held && at >= held.at && at - held.at < 6 * 60 * 60 * 1000) return held.cookie;
    const { cookie } = await call("", "POST", "/api/v1/auth/login", { email, password: input.password });
    sessions.set(email, { cookie, at });
    return cookie;
  }
  const memberOf = (index: number) => {
    const member = input.members[index];
    if (!member) throw new Error(`no demo member ${index}`);
    return member;
  };
  const leader = () => as(input.leader.email);

  const steps: Step[] = [];
  const plan = async (personId: string, scheduledAt: Date, agenda: string[]) =>
    (
      await call(await leader(), "POST", `/api/v1/people/${personId}/conversations`, {
        scheduledAt: scheduledAt.toISOString(),
        agenda: agenda.map((text) => ({ kind: "question", text })),
      })
    ).json.id as string;

  /** Each member's last held conversation, for the answer request. */
  const lastHeld = new Map<number, string>();
  for (const conversation of HELD) {
    const at = instantOf(conversation.when, now);
    const member = memberOf(conversation.member);
    let id = "";
    steps.push({
      at: new Date(at.getTime() - 2 * DAY),
      run: async () => {
        id = await plan(member.id, at, [...conversation.asked, ...(conversation.notAsked ?? [])]);
        if (conversation.talkingPoint)
          await call(await as(member.email), "POST", `/api/v1/conversations/${id}/talking-points`, {
            text: conversation.talkingPoint,
          });
      },
    });
    steps.push({
      at: new Date(at.getTime() + 45 * 60 * 1000),
      run: async () => {
        const cookie = await leader();
        lastHeld.set(conversation.member, id);
        const { json } = await call(cookie, "GET", `/api/v1/conversations/${id}`);
        const agenda = json.agenda as { id: string; text: string }[];
        const covered = new Set([...conversation.asked, conversation.talkingPoint]);
        await call(cookie, "PATCH", `/api/v1/conversations/${id}`, {
          status: "held",
          covered: agenda.filter((item) => covered.has(item.text)).map((item) => item.id),
          sharedNotes: "We agreed what to look at before next time.",
          privateNotes: "Seemed tired; ask about workload next time.",
          ...(conversation.loop
            ? {
                loop: {
                  signal: conversation.loop.signal,
                  signalAt: at.toISOString(),
                  respondedAt: at.toISOString(),
                },
              }
            : {}),
          ...(conversation.check ? { listeningCheck: conversation.check } : {}),
        });
        for (const commitment of conversation.commitments ?? []) {
          const dueOn = dayOf(new Date(at.getTime() + commitment.dueInDays * DAY));
          const body = { owner: commitment.owner, text: commitment.text, dueOn };
          const made =
            commitment.owner === "leader"
              ? await call(cookie, "POST", "/api/v1/commitments", { ...body, personId: member.id })
              : await call(await as(member.email), "POST", "/api/v1/commitments", {
                  ...body,
                  leaderId: input.leader.id,
                });
          if (!commitment.closed) continue;
          const [status, afterDays] = commitment.closed;
          const closedAt = new Date(at.getTime() + afterDays * DAY);
          steps.push({
            at: closedAt,
            run: async () => {
              await call(await leader(), "PATCH", `/api/v1/commitments/${made.json.id as string}`, {
                status,
                closedOn: dayOf(closedAt),
              });
            },
          });
        }
        const closedAfter = conversation.loop?.closedAfterDays;
        if (closedAfter !== undefined)
          steps.push({
            at: new Date(at.getTime() + closedAfter * DAY),
            run: async () => {
              await call(await leader(), "PATCH", `/api/v1/conversations/${id}`, {
                loop: { closedAt: clock.now().toISOString() },
              });
            },
          });
      },
    });
  }
  for (const { member, daysAgo } of CANCELLED) {
    const at = instantOf({ daysAgo }, now);
    steps.push({
      at: new Date(at.getTime() - 2 * DAY),
      run: async () => {
        const id = await plan(memberOf(member).id, at, [OPEN.project]);
        await call(await leader(), "PATCH", `/api/v1/conversations/${id}`, { status: "cancelled" });
      },
    });
  }

  // Steps add later steps (a close after the log), so take the earliest each time.
  while (steps.length > 0) {
    steps.sort((a, b) => a.at.getTime() - b.at.getTime());
    const step = steps.shift() as Step;
    clock.set(step.at);
    await step.run();
  }

  clock.set(now);
  const cookie = await leader();
  for (const { member, inDays, talkingPoint } of PLANNED) {
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + inDays, 10));
    const id = await plan(memberOf(member).id, at, [OPEN.feedback]);
    if (talkingPoint)
      await call(await as(memberOf(member).email), "POST", `/api/v1/conversations/${id}/talking-points`, {
        text: talkingPoint,
      });
  }
  for (const [member, rhythm] of CADENCES)
    await call(cookie, "PUT", `/api/v1/people/${memberOf(member).id}/cadence`, { rhythm });
  // Amara is asked to record an answer herself on an aspect she has not shared yet.
  const amara = memberOf(0);
  const page = (await call(cookie, "GET", `/api/v1/people/${amara.id}`)).json as {
    facets: { facet: { id: string }; answer?: unknown; sealedAnswer?: unknown }[];
  };
  const unanswered = page.facets.find((f) => f.answer === undefined && f.sealedAnswer === undefined);
  const conversationId = lastHeld.get(0);
  if (unanswered && conversationId)
    await call(cookie, "POST", `/api/v1/conversations/${conversationId}/answer-requests`, {
      facetId: unanswered.facet.id,
    });
}
