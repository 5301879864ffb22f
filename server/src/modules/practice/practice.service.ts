import type { Practice } from "#contracts/practice";
import type { CommitmentFacts } from "#core/practice/commitments";
import { type Day, dayIn, monthOf, monthsEndingWith } from "#core/practice/days";
import { type PracticeConversation, practiceFigures } from "#core/practice/figures";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { commitmentsOfLeader } from "../commitments";
import { practiceRowsOf } from "../conversations";
import { findUserInWorkspace } from "../users";

/** Someone whose practice is read: a person of a workspace, as the leader of whoever they lead now. */
export interface PracticeSubject {
  workspaceId: string;
  userId: string;
}

/**
 * What a leader's practice is computed from: their conversations and commitments with the people
 * they lead now (read through those modules' faces), their time zone, today there, and how many
 * they lead. Counts and dates only: no notes, no words of a loop.
 */
export interface PracticeData {
  timeZone: string;
  today: Day;
  peopleLed: number;
  conversations: PracticeConversation[];
  commitments: CommitmentFacts[];
}

export async function practiceDataOf(ctx: AppContext, subject: PracticeSubject): Promise<PracticeData> {
  const [pairs, person] = await Promise.all([
    relations.pairs(ctx.db, subject),
    findUserInWorkspace(ctx.db, subject.workspaceId, subject.userId),
  ]);
  const timeZone = person?.time_zone ?? "UTC";
  const personIds = pairs.leads.map((p) => p.id);
  const [conversations, commitments] = await Promise.all([
    practiceRowsOf(ctx.db, subject.workspaceId, subject.userId, personIds),
    commitmentsOfLeader(ctx.db, subject.workspaceId, subject.userId, personIds),
  ]);
  return {
    timeZone,
    today: dayIn(ctx.clock.now(), timeZone),
    peopleLed: personIds.length,
    conversations,
    commitments: commitments.map((c) => ({
      owner: c.owner,
      dueOn: c.due_on,
      status: c.status,
      closedOn: c.closed_on,
    })),
  };
}

/** A leader's practice figures over the `months` ending with this one, from their data. */
export function practiceFrom(data: PracticeData, months: number): Practice {
  const figures = practiceFigures({
    months: monthsEndingWith(monthOf(data.today), months),
    timeZone: data.timeZone,
    today: data.today,
    peopleLed: data.peopleLed,
    conversations: data.conversations,
    commitments: data.commitments,
  });
  return { timeZone: data.timeZone, peopleLed: data.peopleLed, ...figures };
}

/**
 * The viewer's own practice figures, computed afresh from their conversations and commitments with
 * the people they lead now, in the viewer's time zone. It decides nothing about access: it reads
 * only the viewer's own, and answers counts and shares.
 */
export function practiceService(ctx: AppContext) {
  return {
    async mine(auth: AuthContext, months: number): Promise<Practice> {
      return practiceFrom(await practiceDataOf(ctx, auth), months);
    },
  };
}
