/**
 * The face of the pulses module (the trust pulse): its routes, what the home lists, what the
 * reminder and closing jobs need, and what the demo writes. Nothing here returns a response with
 * who gave it, or tells anyone but the person themselves whether they answered.
 */
import type { Kysely, Transaction } from "kysely";
import type { PulseRound } from "#contracts/pulses";
import type { Database, PulseTenure } from "../../db/schema";
import { newId } from "../../lib/tokens";
import { pulseRepository } from "./pulse.repository";
import { presentRound, thresholdsOf, todayOf } from "./pulse.service";

export { pulseRoutes } from "./pulse.routes";

/**
 * The workspace's anonymity thresholds (`scoreThreshold`, `commentThreshold`), set on the People
 * page: other figures over a team's people shown to its members (priorities, goals) use the score one.
 */
export const anonymityThresholds = (db: Kysely<Database>, workspaceId: string) =>
  thresholdsOf(db, workspaceId);

/** The rounds open now of these teams (where the person is a member) that the person has not answered. */
export async function openPulsesToAnswer(
  db: Kysely<Database>,
  userId: string,
  memberOfTeamIds: string[],
  now: Date,
): Promise<PulseRound[]> {
  const today = todayOf(now);
  const open = await pulseRepository.openOfTeams(db, memberOfTeamIds, today);
  const answered = await pulseRepository.answeredBy(
    db,
    open.map((r) => r.id),
    userId,
  );
  return open.filter((r) => !answered.has(r.id)).map((r) => presentRound(r, today, false));
}

/** A round open today and not yet reminded today, with its team's active members who have not answered. */
export interface RoundToRemind {
  pulseId: string;
  workspaceId: string;
  teamId: string;
  teamName: string;
  closesOn: string;
  memberIds: string[];
}

/** For the reminder job: each round open today, not reminded today, and who on its team has not answered. */
export async function pulsesToRemind(db: Kysely<Database>, today: string): Promise<RoundToRemind[]> {
  const open = (await pulseRepository.openOn(db, today)).filter((r) => r.reminded_on !== today);
  return Promise.all(
    open.map(async (r) => ({
      pulseId: r.id,
      workspaceId: r.workspace_id,
      teamId: r.team_id,
      teamName: r.team_name,
      closesOn: r.closes_on,
      memberIds: await pulseRepository.notAnswered(db, r.id, r.team_id),
    })),
  );
}

/** The reminder job mailed the round's members today (reminder bookkeeping on the round). */
export const markReminded = (db: Kysely<Database>, pulseId: string, today: string) =>
  pulseRepository.markReminded(db, pulseId, today);

/** For the closing job: closes, on their closing day, the rounds whose closing day is over; returns them. */
export const closeDueRounds = (db: Kysely<Database>, today: string) => pulseRepository.closeDue(db, today);

/** For the demo: a round as it would have been opened (and closed, when `closedOn` is given). */
export async function writeRound(
  trx: Transaction<Database>,
  round: {
    workspaceId: string;
    teamId: string;
    openedBy: string;
    openedOn: string;
    /** The instant it was opened; rounds are ordered by it. */
    openedAt: string;
    closesOn: string;
    closedOn: string | null;
  },
): Promise<string> {
  const id = newId();
  await pulseRepository.insert(trx, {
    id,
    workspace_id: round.workspaceId,
    team_id: round.teamId,
    opened_by: round.openedBy,
    opened_on: round.openedOn,
    opened_at: round.openedAt,
    closes_on: round.closesOn,
    closed_on: round.closedOn,
    reminded_on: null,
  });
  return id;
}

/** For the demo: one person's answer to a round, written as answering writes it (participation apart). */
export async function writeResponse(
  trx: Transaction<Database>,
  response: {
    pulseId: string;
    userId: string;
    tenure: PulseTenure;
    answeredOn: string;
    answers: Record<string, number>;
    comment: string | null;
  },
): Promise<boolean> {
  return pulseRepository.answer(
    trx,
    { pulseId: response.pulseId, userId: response.userId, tenure: response.tenure },
    {
      id: newId(),
      pulse_id: response.pulseId,
      answered_on: response.answeredOn,
      tenure: response.tenure,
      answers: response.answers,
      comment: response.comment,
    },
  );
}
