import type { Kysely } from "kysely";
import type {
  AnonymitySettings,
  AnonymitySettingsInput,
  NewPulseInput,
  PulseDetail,
  PulseResponseInput,
  PulseResults,
  PulseResultsQuery,
  PulseRound,
  PulseTrendRound,
} from "#contracts/pulses";
import { PULSE_MAX_DAYS_OPEN } from "#contracts/pulses";
import { PULSE_ITEMS, PULSE_SCALE } from "#core/instruments/pulse";
import { type Day, dayIn } from "#core/practice/days";
import type { AuthContext } from "../../access/auth-context";
import { relations, type TeamStanding } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database, PulseTenure } from "../../db/schema";
import { addDays, iso } from "../../lib/clock";
import { badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { memberSince } from "../teams";
import { pulsePolicy } from "./pulse.policy";
import { type PulseRow, pulseRepository as repository } from "./pulse.repository";
import { commentsOf, figuresOf, guardTeam, type SliceVerdict, verdictOf } from "./pulse-results";

/** Someone on the team for fewer days than this when they answer is `newer`, else `longer`. */
export const NEWER_THAN_DAYS = 180;

/** What an admin who is not on the team meets in place of each figure. */
const ADMIN_VERDICT: SliceVerdict = {
  shown: false,
  withheld: "Only the team's people see its trust pulse figures; admins see no content.",
};

/** Days are UTC calendar days: a round closes for everyone at once. */
export const todayOf = (now: Date): Day => dayIn(now, "UTC");

const isClosed = (row: Pick<PulseRow, "closed_on" | "closes_on">, today: Day) =>
  row.closed_on !== null || row.closes_on < today;

export function presentRound(row: PulseRow, today: Day, answered: boolean): PulseRound {
  return {
    id: row.id,
    teamId: row.team_id,
    teamName: row.team_name,
    openedOn: row.opened_on,
    closesOn: row.closes_on,
    closedOn: row.closed_on ?? (row.closes_on < today ? row.closes_on : null),
    status: isClosed(row, today) ? "closed" : "open",
    answered,
  };
}

const pulseClosed = () => conflict("pulse_closed", "This round is closed: answers are no longer taken.");

/** The team in the viewer's workspace, when the viewer may view it; else 404. */
async function viewableTeam(db: Kysely<Database>, auth: AuthContext, teamId: string): Promise<TeamStanding> {
  const standing = await relations.team(db, auth, teamId);
  if (!standing || !pulsePolicy.canView(auth, standing.role)) throw notFound("Team");
  return standing;
}

/** The round and the viewer's standing on its team, when the viewer may view it; else 404. */
async function viewableRound(
  db: Kysely<Database>,
  auth: AuthContext,
  pulseId: string,
): Promise<{ row: PulseRow; standing: TeamStanding }> {
  const row = await repository.find(db, auth.workspaceId, pulseId);
  const standing = row ? await relations.team(db, auth, row.team_id) : undefined;
  if (!row || !standing || !pulsePolicy.canView(auth, standing.role)) throw notFound("Pulse");
  return { row, standing };
}

/** The workspace's anonymity thresholds, as stored (callers take `effectiveThreshold` of them). */
export async function thresholdsOf(db: Kysely<Database>, workspaceId: string): Promise<AnonymitySettings> {
  const row = await repository.thresholds(db, workspaceId);
  return { scoreThreshold: row.pulse_score_threshold, commentThreshold: row.pulse_comment_threshold };
}

/** The guard's decisions over every slice of the team's closed rounds, oldest round first. */
async function teamGuard(db: Kysely<Database>, rounds: PulseRow[], today: Day, threshold: number) {
  // Oldest first: `rounds` comes newest first.
  const closed = rounds
    .filter((r) => isClosed(r, today))
    .reverse()
    .map((r) => r.id);
  return guardTeam(closed, await repository.participants(db, closed), threshold);
}

export function pulseService(ctx: AppContext) {
  const { db } = ctx;
  return {
    /** A leader of the team or an admin opens a round, closing after today and at most 60 days on. */
    async open(auth: AuthContext, teamId: string, input: NewPulseInput): Promise<PulseRound> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const standing = await viewableTeam(trx, auth, teamId);
        if (!pulsePolicy.canRun(auth, standing.role))
          throw forbidden("Only the team's leaders and admins open a trust pulse.");
        const now = ctx.clock.now();
        const today = todayOf(now);
        if (input.closesOn <= today)
          throw badRequest("closesOn", "A round must close after today.", "must be after today");
        const latest = todayOf(addDays(now, PULSE_MAX_DAYS_OPEN));
        if (input.closesOn > latest)
          throw badRequest(
            "closesOn",
            `A round closes at most ${PULSE_MAX_DAYS_OPEN} days after it opens.`,
            `must be on or before ${latest}`,
          );
        const open = await repository.openOfTeams(trx, [teamId], today);
        if (open.length > 0)
          throw conflict("pulse_already_open", "This team has a round open already: close it first.");
        const row: PulseRow = {
          id: newId(),
          workspace_id: auth.workspaceId,
          team_id: teamId,
          team_name: standing.team.name,
          opened_by: auth.userId,
          opened_on: today,
          opened_at: iso(now),
          closes_on: input.closesOn,
          closed_on: null,
          reminded_on: null,
        };
        const { team_name: _name, ...stored } = row;
        await repository.insert(trx, stored);
        return presentRound(row, today, false);
      });
    },

    /** The team's rounds, newest first, each closed one with its whole-team figures or why withheld. */
    async trend(auth: AuthContext, teamId: string): Promise<PulseTrendRound[]> {
      const standing = await viewableTeam(db, auth, teamId);
      const today = todayOf(ctx.clock.now());
      const rounds = await repository.ofTeam(db, teamId);
      const [{ scoreThreshold }, answered] = await Promise.all([
        thresholdsOf(db, auth.workspaceId),
        repository.answeredBy(
          db,
          rounds.map((r) => r.id),
          auth.userId,
        ),
      ]);
      const guard = await teamGuard(db, rounds, today, scoreThreshold);
      const shown = rounds.map((row) => {
        const round = presentRound(row, today, answered.has(row.id));
        if (round.status === "open") return { row, round, verdict: null };
        const verdict = pulsePolicy.canSeeFigures(standing.role)
          ? verdictOf(guard, { pulseId: row.id, tenure: null })
          : ADMIN_VERDICT;
        return { row, round, verdict };
      });
      // One query for the responses of every round whose figures show, not one per round.
      const responses = await repository.responsesOf(
        db,
        shown.filter((s) => s.verdict?.shown).map((s) => s.row.id),
      );
      return shown.map(({ row, round, verdict }) => {
        if (!verdict) return { ...round, respondents: null, figures: null };
        return {
          ...round,
          respondents: verdict.shown ? verdict.respondents : null,
          figures: figuresOf(verdict, verdict.shown ? (responses.get(row.id) ?? []) : []),
        };
      });
    },

    /** A round with its items and scale, for the team's people and admins. */
    async detail(auth: AuthContext, pulseId: string): Promise<PulseDetail> {
      const { row } = await viewableRound(db, auth, pulseId);
      const today = todayOf(ctx.clock.now());
      const [answered, thresholds] = await Promise.all([
        repository.hasParticipated(db, pulseId, auth.userId),
        thresholdsOf(db, auth.workspaceId),
      ]);
      return {
        round: presentRound(row, today, answered),
        items: PULSE_ITEMS.map(({ id, measure, text }) => ({ id, measure, text })),
        scale: PULSE_SCALE.map(({ value, label }) => ({ value, label })),
        thresholds: { scores: thresholds.scoreThreshold, comments: thresholds.commentThreshold },
      };
    },

    /**
     * A member answers, once: the participation (who answered, to refuse a second time) and the
     * response (what was answered, with no link to who) in one transaction.
     */
    async answer(auth: AuthContext, pulseId: string, input: PulseResponseInput): Promise<void> {
      await writeContent(db, auth.workspaceId, async (trx) => {
        const { row, standing } = await viewableRound(trx, auth, pulseId);
        if (!pulsePolicy.canAnswer(standing.role))
          throw forbidden("Only the team's members answer its trust pulse.");
        const now = ctx.clock.now();
        const today = todayOf(now);
        if (isClosed(row, today)) throw pulseClosed();
        const since = await memberSince(trx, row.team_id, auth.userId);
        const tenure: PulseTenure =
          since !== null && new Date(since).getTime() > addDays(now, -NEWER_THAN_DAYS).getTime()
            ? "newer"
            : "longer";
        const comment = input.comment?.trim() ? input.comment.trim() : null;
        const recorded = await repository.answer(
          trx,
          { pulseId, userId: auth.userId, tenure },
          { id: newId(), pulse_id: pulseId, answered_on: today, tenure, answers: input.answers, comment },
        );
        if (!recorded) throw conflict("already_answered", "You have answered this round already.");
      });
    },

    /** A leader of the team or an admin closes an open round today. */
    async close(auth: AuthContext, pulseId: string): Promise<PulseRound> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { row, standing } = await viewableRound(trx, auth, pulseId);
        if (!pulsePolicy.canRun(auth, standing.role))
          throw forbidden("Only the team's leaders and admins close a trust pulse.");
        const today = todayOf(ctx.clock.now());
        if (isClosed(row, today)) throw conflict("pulse_closed", "This round is closed already.");
        await repository.close(trx, pulseId, today);
        const answered = await repository.hasParticipated(trx, pulseId, auth.userId);
        return presentRound({ ...row, closed_on: today }, today, answered);
      });
    },

    /**
     * A closed round's figures for the team or one tenure group, each shown only when the guard
     * over every slice of the team's closed rounds lets it through; comments for the whole team at
     * or above the comment threshold, in random order.
     */
    async results(auth: AuthContext, pulseId: string, query: PulseResultsQuery): Promise<PulseResults> {
      const { row, standing } = await viewableRound(db, auth, pulseId);
      if (!pulsePolicy.canSeeFigures(standing.role))
        throw forbidden("Only the team's people see its trust pulse figures.");
      const today = todayOf(ctx.clock.now());
      if (!isClosed(row, today))
        throw conflict("pulse_open", "This round is still open: its figures show once it closes.");
      const [thresholds, rounds, answered] = await Promise.all([
        thresholdsOf(db, auth.workspaceId),
        repository.ofTeam(db, row.team_id),
        repository.hasParticipated(db, pulseId, auth.userId),
      ]);
      const guard = await teamGuard(db, rounds, today, thresholds.scoreThreshold);
      const tenure = query.tenure ?? null;
      const verdict = verdictOf(guard, { pulseId, tenure });
      const responses = verdict.shown ? await repository.responses(db, pulseId) : [];
      const inSlice = tenure === null ? responses : responses.filter((r) => r.tenure === tenure);
      return {
        round: presentRound(row, today, answered),
        tenure,
        respondents: verdict.shown ? verdict.respondents : null,
        thresholds: { scores: thresholds.scoreThreshold, comments: thresholds.commentThreshold },
        figures: figuresOf(verdict, inSlice),
        comments: commentsOf(verdict, tenure, responses, thresholds.commentThreshold),
      };
    },

    async thresholds(auth: AuthContext): Promise<AnonymitySettings> {
      if (!pulsePolicy.canSetThresholds(auth)) throw forbidden("Only admins see the anonymity thresholds.");
      return thresholdsOf(db, auth.workspaceId);
    },

    async setThresholds(auth: AuthContext, input: AnonymitySettingsInput): Promise<AnonymitySettings> {
      if (!pulsePolicy.canSetThresholds(auth))
        throw forbidden("Only admins change the anonymity thresholds.");
      return writeContent(db, auth.workspaceId, async (trx) => {
        await repository.setThresholds(trx, auth.workspaceId, {
          ...(input.scoreThreshold !== undefined && { pulse_score_threshold: input.scoreThreshold }),
          ...(input.commentThreshold !== undefined && { pulse_comment_threshold: input.commentThreshold }),
        });
        return thresholdsOf(trx, auth.workspaceId);
      });
    },
  };
}
