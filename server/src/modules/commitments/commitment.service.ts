import type { Kysely } from "kysely";
import type {
  Commitment,
  CommitmentPatchInput,
  CommitmentQuery,
  CommitmentStatus,
  NewCommitmentInput,
} from "#contracts/commitments";
import { type Day, dayIn } from "#core/practice/days";
import type { AuthContext } from "../../access/auth-context";
import { type Pairs, relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { badRequest, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { isConversationOf } from "../conversations";
import { findUserInWorkspace } from "../users";
import { commitmentPolicy } from "./commitment.policy";
import { presentCommitment } from "./commitment.presenter";
import { type CommitmentRow, commitmentRepository as repository } from "./commitment.repository";

/** The viewer's pairs, their own name among the names, and their today in their time zone. */
interface Standing {
  pairs: Pairs;
  names: Map<string, string>;
  timeZone: string;
  today: Day;
}

async function standingOf(db: Kysely<Database>, auth: AuthContext, now: Date): Promise<Standing> {
  const [pairs, viewer] = await Promise.all([
    relations.pairs(db, auth),
    findUserInWorkspace(db, auth.workspaceId, auth.userId),
  ]);
  const timeZone = viewer?.time_zone ?? "UTC";
  const names = new Map([...pairs.leads, ...pairs.ledBy].map((p) => [p.id, p.name]));
  names.set(auth.userId, viewer?.name ?? "");
  return { pairs, names, timeZone, today: dayIn(now, timeZone) };
}

/**
 * The overdue commitments between the viewer and the people of their pairs, each side apart: those
 * with the people the viewer leads, and those with the viewer's leaders. For the home.
 */
export async function overdueCommitmentsOf(
  db: Kysely<Database>,
  auth: AuthContext,
  now: Date,
): Promise<{ asLeader: Commitment[]; asMember: Commitment[] }> {
  const { pairs, names, today } = await standingOf(db, auth, now);
  const rows = await repository.between(
    db,
    auth.workspaceId,
    { viewerId: auth.userId, leads: pairs.leads.map((p) => p.id), ledBy: pairs.ledBy.map((p) => p.id) },
    { status: "open", dueBefore: today },
  );
  const present = (row: CommitmentRow) => presentCommitment(row, names, today);
  return {
    asLeader: rows.filter((r) => r.leader_id === auth.userId).map(present),
    asMember: rows.filter((r) => r.person_id === auth.userId).map(present),
  };
}

/**
 * The commitments between the viewer and whom they lead, and between the viewer and their leaders
 * (`GET /commitments`, and the export's, both sides, with no query).
 */
export async function commitmentsOf(
  db: Kysely<Database>,
  auth: AuthContext,
  now: Date,
  query: CommitmentQuery = {},
): Promise<Commitment[]> {
  const standing = await standingOf(db, auth, now);
  const only = (ids: string[]) => (query.personId ? ids.filter((id) => id === query.personId) : ids);
  const rows = await repository.between(
    db,
    auth.workspaceId,
    {
      viewerId: auth.userId,
      leads: only(standing.pairs.leads.map((p) => p.id)),
      ledBy: only(standing.pairs.ledBy.map((p) => p.id)),
    },
    { status: query.status },
  );
  return rows.map((row) => presentCommitment(row, standing.names, standing.today));
}

/** The later of two calendar days. */
const latestOf = (a: Day, b: Day): Day => (a < b ? b : a);

const DUE_TOO_EARLY = "A commitment cannot be due before the day it was made.";

export function commitmentService(ctx: AppContext) {
  /** The day the commitment was made, where whoever recorded it lives. */
  async function madeOn(db: Kysely<Database>, row: CommitmentRow, standing: Standing): Promise<Day> {
    const creator =
      row.created_by === row.leader_id || row.created_by === row.person_id
        ? await findUserInWorkspace(db, row.workspace_id, row.created_by)
        : undefined;
    return dayIn(new Date(row.created_at), creator?.time_zone ?? standing.timeZone);
  }

  return {
    /** The commitments between the viewer and whom they lead, and between the viewer and their leaders. */
    list: (auth: AuthContext, query: CommitmentQuery): Promise<Commitment[]> =>
      commitmentsOf(ctx.db, auth, ctx.clock.now(), query),

    /** Either side records what one of them promised; due today at the earliest, in the recorder's time zone. */
    async create(auth: AuthContext, input: NewCommitmentInput): Promise<Commitment> {
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const now = ctx.clock.now();
        const standing = await standingOf(trx, auth, now);
        const pair = commitmentPolicy.pairFor(auth, standing.pairs, input);
        if (!pair) throw notFound("Person");
        if (input.dueOn < standing.today) throw badRequest("dueOn", DUE_TOO_EARLY, "must be today or later");
        const conversationId = input.conversationId ?? null;
        if (conversationId && !(await isConversationOf(trx, auth.workspaceId, conversationId, pair)))
          throw notFound("Conversation");
        const row: CommitmentRow = {
          id: newId(),
          workspace_id: auth.workspaceId,
          leader_id: pair.leaderId,
          person_id: pair.personId,
          conversation_id: conversationId,
          owner: input.owner,
          text: input.text,
          due_on: input.dueOn,
          status: "open",
          closed_on: null,
          created_by: auth.userId,
          created_at: iso(now),
          updated_at: iso(now),
        };
        await repository.insert(trx, row);
        return presentCommitment(row, standing.names, standing.today);
      });
    },

    /**
     * Done or dropped on a day (today when not given), open again, new words or a new due day. No
     * day may be before the day it was made, nor a closing day after today.
     */
    async change(auth: AuthContext, commitmentId: string, input: CommitmentPatchInput): Promise<Commitment> {
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const now = ctx.clock.now();
        const standing = await standingOf(trx, auth, now);
        const row = await repository.find(trx, auth.workspaceId, commitmentId);
        if (!row || !commitmentPolicy.sideOf(auth, standing.pairs, row)) throw notFound("Commitment");
        const made = await madeOn(trx, row, standing);
        if (input.dueOn !== undefined && input.dueOn < made)
          throw badRequest("dueOn", DUE_TOO_EARLY, "must be on or after the day it was made");
        const status: CommitmentStatus = input.status ?? row.status;
        let closedOn: string | null = null;
        if (status !== "open") {
          if (input.closedOn !== undefined) closedOn = input.closedOn;
          // Today, or the day it was made when that is later where its recorder lives.
          else closedOn = (row.status === status ? row.closed_on : null) ?? latestOf(standing.today, made);
        } else if (input.closedOn !== undefined) {
          throw badRequest(
            "closedOn",
            "An open commitment has no closing day.",
            "an open commitment has no closing day",
          );
        }
        if (closedOn !== null && closedOn < made)
          throw badRequest(
            "closedOn",
            "A commitment cannot be closed before the day it was made.",
            "must be on or after the day it was made",
          );
        if (input.closedOn !== undefined && input.closedOn > standing.today)
          throw badRequest(
            "closedOn",
            "A commitment cannot be closed on a day still to come.",
            "must be today or earlier",
          );
        const changed: CommitmentRow = {
          ...row,
          status,
          closed_on: closedOn,
          text: input.text ?? row.text,
          due_on: input.dueOn ?? row.due_on,
          updated_at: iso(now),
        };
        await repository.update(trx, row.id, {
          status: changed.status,
          closed_on: changed.closed_on,
          text: changed.text,
          due_on: changed.due_on,
          updated_at: changed.updated_at,
        });
        return presentCommitment(changed, standing.names, standing.today);
      });
    },
  };
}
