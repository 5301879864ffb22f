import { PULSE_ITEMS } from "#core/instruments/pulse";
import type { ManualClock } from "../lib/clock";
import type { DemoCall } from "./demo-conversations";

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo team's trust pulse: three closed rounds, each answered by the same six of its seven
 * members (0 … 5), most with a comment, so every figure, the comments and the trend show; trust and
 * safety rise from round to round. The same six each time because the anonymity guard withholds a
 * round whose respondents differ from an earlier one's by one or two people (the difference would
 * single them out). And one round open now, which two members have answered and the rest have
 * still to answer. All through the API, as people would.
 */
export const PULSE_ROUNDS: readonly {
  /** Opened this many days before today, at 10:00 UTC; open for 14 days, then closed. */
  daysAgo: number;
  /** The level of agreement with the items that speak well of the leader and the team. */
  level: number;
  /** What the six who answered wrote, by demo member (0 … 5), or null for no comment. */
  comments: readonly (string | null)[];
}[] = [
  {
    daysAgo: 130,
    level: 4,
    comments: [
      "Plans change without warning and we hear about it last.",
      null,
      "Retros feel safe; planning meetings less so.",
      "I would like more say in how work is split.",
      null,
      "Good intentions, patchy follow-through.",
    ],
  },
  {
    daysAgo: 80,
    level: 5,
    comments: [
      "The weekly summary helps: fewer surprises.",
      "Still unsure it is fine to push back in front of others.",
      null,
      null,
      "Deadlines feel more realistic than before.",
      "Our one-to-ones have become useful.",
    ],
  },
  {
    daysAgo: 30,
    level: 6,
    comments: [
      "It feels normal now to say when something is off.",
      null,
      "Decisions come with their reasons, which makes them easier to back.",
      "Would like the same openness with the teams we depend on.",
      null,
      "Mistakes get talked about, not counted.",
    ],
  },
];

/** The open round: opened this many days ago, answered so far by these members. */
export const OPEN_ROUND = { daysAgo: 3, closesInDays: 11, answered: [1, 4] } as const;

/**
 * One member's answers in a round at `level`: agreement at that level with the items that speak
 * well, the mirror image (8 − level) with self-orientation and the reversed safety items, each one
 * step lower, the same, or one step higher by member (member mod 3: 0 lower, 1 same, 2 higher),
 * kept within 1–7, so people differ.
 */
export function demoPulseAnswers(level: number, member: number): Record<string, number> {
  return Object.fromEntries(
    PULSE_ITEMS.map((item) => {
      const agrees = item.measure === "self_orientation" || item.reversed ? 8 - level : level;
      const spread = (member % 3) - 1;
      return [item.id, Math.min(7, Math.max(1, agrees + spread))];
    }),
  );
}

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

/** What a demo step over one team gets: the API, the clock, today, the team, its leader and members. */
export interface DemoTeamInput {
  call: DemoCall;
  clock: ManualClock;
  now: Date;
  teamId: string;
  leaderEmail: string;
  /** The team's members, in the demo's order. */
  members: readonly { email: string }[];
  password: string;
}

export async function loadDemoPulses(input: DemoTeamInput): Promise<void> {
  const { call, clock, now } = input;
  const signIn = async (email: string) =>
    (await call("", "POST", "/api/v1/auth/login", { email, password: input.password })).cookie;
  const at = (daysAgo: number, hours = 10) => {
    const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - daysAgo * DAY);
    return new Date(day.getTime() + hours * 60 * 60 * 1000);
  };
  const open = async (daysAgo: number, openDays: number) => {
    clock.set(at(daysAgo));
    const closesOn = dayOf(at(daysAgo - openDays));
    const { json } = await call(
      await signIn(input.leaderEmail),
      "POST",
      `/api/v1/teams/${input.teamId}/pulses`,
      {
        closesOn,
      },
    );
    return json.id as string;
  };
  const answer = async (
    pulseId: string,
    member: number,
    answers: Record<string, number>,
    comment: string | null,
  ) => {
    const person = input.members[member];
    if (!person) throw new Error(`no demo member ${member} on the pulse's team`);
    await call(await signIn(person.email), "POST", `/api/v1/pulses/${pulseId}/responses`, {
      answers,
      ...(comment === null ? {} : { comment }),
    });
  };

  for (const round of PULSE_ROUNDS) {
    const pulseId = await open(round.daysAgo, 14);
    for (const [member, comment] of round.comments.entries()) {
      // Answers come in over the round's first days.
      clock.set(at(round.daysAgo - Math.floor(member / 2), 11 + member));
      await answer(pulseId, member, demoPulseAnswers(round.level, member), comment);
    }
    // The leader closes it on its closing day, in the afternoon.
    clock.set(at(round.daysAgo - 14, 16));
    await call(await signIn(input.leaderEmail), "POST", `/api/v1/pulses/${pulseId}/close`);
  }

  const pulseId = await open(OPEN_ROUND.daysAgo, OPEN_ROUND.daysAgo + OPEN_ROUND.closesInDays);
  for (const member of OPEN_ROUND.answered) {
    clock.advance(60 * 60 * 1000);
    await answer(pulseId, member, demoPulseAnswers(6, member), null);
  }
}
