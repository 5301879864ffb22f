import type {
  Assignment,
  CoachedFigure,
  CoachedLeader,
  CoachedLeaderDetail,
  CoachGrant,
  CoachNote,
  MyCoaching,
} from "#contracts/coaching";
import type { AuthContext } from "../../access/auth-context";
import { type CoachStanding, relations } from "../../access/relations";
import { sessionService } from "../../access/sessions";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import { addDays, iso } from "../../lib/clock";
import { AppError, badRequest, conflict, forbidden, notFound } from "../../lib/errors";
import { newId, newToken, tokenDigest } from "../../lib/tokens";
import { currentAnswers } from "../answers";
import { teamFiguresOf } from "../audit";
import { listFacets } from "../facets";
import { adoptionCountsOf } from "../goals";
import {
  admission,
  admit,
  deadLinkError,
  INVITATION_DAYS,
  invitationState,
  unknownLinkError,
} from "../invitations";
import { type PracticeData, practiceDataOf, practiceFrom } from "../practice";
import { teamConcordance } from "../priorities";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { teamsOf } from "../teams";
import { findUserByEmail, findUserInWorkspace } from "../users";
import { coachingPolicy } from "./coaching.policy";
import { presentAssignment, presentCoach, presentNote } from "./coaching.presenter";
import { coachingRepository as repository } from "./coaching.repository";

/** How many months of practice figures a coach sees, as the leader's own page shows by default. */
const PRACTICE_MONTHS = 6;

export function coachingService(ctx: AppContext) {
  const { db } = ctx;
  const sessions = sessionService(ctx);
  const now = () => iso(ctx.clock.now());
  const digest = (token: string) => tokenDigest(ctx.config.sessionSecret, token);
  const linkUrl = (token: string) => `${ctx.config.baseUrl}/coach-invitations/${token}`;

  /** A coaching link that still works, or the 404/410 every invitation link answers. */
  async function usable(token: string) {
    const linkDigest = digest(token);
    const coaching = await repository.findByDigest(db, linkDigest);
    if (!coaching) throw unknownLinkError();
    const state = invitationState({ ...coaching, revoked_at: coaching.ended_at }, now());
    if (state !== "pending") throw deadLinkError(state);
    return { ...coaching, linkDigest };
  }

  /** The viewer's coaching of this leader; 404 unless the viewer coaches them now. */
  async function coaching(auth: AuthContext, leaderId: string): Promise<CoachStanding> {
    const standing = await relations.coach(db, auth, leaderId);
    if (!standing) throw notFound("Leader");
    return standing;
  }

  const dataOf = (auth: AuthContext, leaderId: string) =>
    practiceDataOf(ctx, { workspaceId: auth.workspaceId, userId: leaderId });

  async function mailLink(to: string, leaderName: string, url: string): Promise<boolean> {
    if (!ctx.mailer.enabled) return false;
    await ctx.mailer.send({
      to,
      subject: `${leaderName} invites you to coach them on Rapport`,
      text: `${leaderName} has invited you to be their coach on Rapport.\n\nOpen this link within ${INVITATION_DAYS} days to accept:\n${url}\n`,
    });
    return true;
  }

  /** The leader's granted figures, each null when not granted. */
  async function figures(auth: AuthContext, standing: CoachStanding, data: PracticeData | null) {
    const leader = { workspaceId: auth.workspaceId, userId: standing.leader.id };
    const grants = (grant: CoachGrant) => coachingPolicy.sees(standing, grant);
    // The teams the leader leads, read once for the audit and the alignment figures alike.
    let ledTeams: Promise<{ id: string; name: string }[]> | null = null;
    const led = () => {
      ledTeams ??= teamsOf(db, auth.workspaceId, standing.leader.id).then((teams) =>
        teams.filter((t) => t.role === "leader"),
      );
      return ledTeams;
    };
    const [audit, goals, alignment, manual] = await Promise.all([
      grants("audit")
        ? led().then(async (teams) => ({
            teams: await Promise.all(
              teams.map(async (t) => ({
                teamId: t.id,
                teamName: t.name,
                figures: await teamFiguresOf(ctx, leader, t.id),
              })),
            ),
          }))
        : null,
      grants("goals")
        ? adoptionCountsOf(db, auth.workspaceId, standing.leader.id, now()).then((g) => ({ goals: g }))
        : null,
      grants("alignment")
        ? led().then(async (teams) => ({
            teams: await Promise.all(
              teams.map(async (t) => ({
                teamId: t.id,
                teamName: t.name,
                ...(await teamConcordance(db, auth.workspaceId, t.id)),
              })),
            ),
          }))
        : null,
      grants("manual") ? manualOf(auth.workspaceId, standing.leader.id) : null,
    ]);
    return {
      practice: data && grants("practice") ? practiceFrom(data, PRACTICE_MONTHS) : null,
      audit,
      goals,
      alignment,
      manual,
    };
  }

  /** The leader's own current answers on active facets that are not private, in catalogue order. */
  async function manualOf(workspaceId: string, leaderId: string) {
    const [facets, answers] = await Promise.all([
      listFacets(db, workspaceId, false),
      currentAnswers(db, leaderId),
    ]);
    const byFacet = new Map(answers.map((a) => [a.facet_id, a]));
    return {
      answers: facets.flatMap((facet) => {
        const answer = byFacet.get(facet.id);
        if (!answer || answer.visibility === "private") return [];
        return [
          { facetId: facet.id, facetTitle: facet.title, value: answer.value, updatedAt: answer.updated_at },
        ];
      }),
    };
  }

  /** The coach's notes and assignments to this leader, the assignments with progress where the reader may see it. */
  async function writings(coachingIds: string[], data: PracticeData | null, today: string) {
    const [notes, assignments] = await Promise.all([
      repository.notesOf(db, coachingIds),
      repository.assignmentsOf(db, coachingIds),
    ]);
    return {
      notes: notes.map(presentNote),
      assignments: assignments.map((a) => presentAssignment(a, data, today)),
    };
  }

  return {
    // ---- The leader's side ----

    async invite(auth: AuthContext, input: { email: string; grants: CoachGrant[] }, origin: RequestOrigin) {
      const [teams, me] = await Promise.all([
        teamsOf(db, auth.workspaceId, auth.userId),
        findUserInWorkspace(db, auth.workspaceId, auth.userId),
      ]);
      if (!coachingPolicy.canInviteCoach(teams.some((t) => t.role === "leader")))
        throw forbidden("Only someone who leads a team can invite a coach.");
      if (!me) throw notFound("User");
      if (me.email === input.email)
        throw new AppError(409, "self_coaching", "You cannot coach yourself: invite someone else.", {
          fields: [{ path: "email", message: "is your own address" }],
        });
      const token = newToken();
      const at = ctx.clock.now();
      const row = {
        id: newId(),
        workspace_id: auth.workspaceId,
        leader_id: auth.userId,
        email: input.email,
        coach_id: null,
        grants: [...new Set(input.grants)].sort(),
        token_hash: digest(token),
        created_at: iso(at),
        expires_at: iso(addDays(at, INVITATION_DAYS)),
        accepted_at: null,
        ended_at: null,
      };
      await writeContent(db, auth.workspaceId, async (trx) => {
        const open = (await repository.ofLeader(trx, auth.workspaceId, auth.userId)).find(
          (c) => c.email === input.email && (c.accepted_at !== null || c.expires_at > iso(at)),
        );
        if (open)
          throw new AppError(
            409,
            "already_invited",
            open.accepted_at === null
              ? `${input.email} already has an invitation to coach you that has not been used.`
              : `${input.email} already coaches you.`,
            { fields: [{ path: "email", message: "already coaches you or is invited" }] },
          );
        await repository.insert(trx, row);
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "coach_invited",
          at,
          actorId: auth.userId,
          origin,
          detail: { coachingId: row.id, grants: row.grants },
        });
      });
      const url = linkUrl(token);
      const emailed = await mailLink(input.email, me.name, url);
      return { ...presentCoach({ ...row, coach_name: null }, iso(at)), url, emailed };
    },

    async list(auth: AuthContext) {
      const rows = await repository.ofLeader(db, auth.workspaceId, auth.userId);
      return rows.map((row) => presentCoach(row, now()));
    },

    /** Switches grants on or off: the coach's next request sees the new set. */
    async update(auth: AuthContext, coachingId: string, grants: CoachGrant[], origin: RequestOrigin) {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const found = await repository.findOfLeader(trx, auth.workspaceId, auth.userId, coachingId);
        if (!found) throw notFound("Coach");
        const sorted = [...new Set(grants)].sort();
        await repository.setGrants(trx, found.id, sorted);
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "coach_grants_changed",
          at: ctx.clock.now(),
          actorId: auth.userId,
          subjectId: found.coach_id,
          origin,
          detail: { coachingId: found.id, grants: sorted },
        });
        return presentCoach({ ...found, grants: sorted }, now());
      });
    },

    /**
     * Ends a coaching: the coach's next request for this leader is 404, and a link not yet used
     * answers 410 "withdrawn". What the coach wrote stays the leader's to read.
     */
    async end(auth: AuthContext, coachingId: string, origin: RequestOrigin): Promise<void> {
      await writeContent(db, auth.workspaceId, async (trx) => {
        const found = await repository.findOfLeader(trx, auth.workspaceId, auth.userId, coachingId);
        if (!found) throw notFound("Coach");
        await repository.end(trx, found.id, now());
        await recordSecurityEvent(trx, {
          workspaceId: auth.workspaceId,
          kind: "coach_ended",
          at: ctx.clock.now(),
          actorId: auth.userId,
          subjectId: found.coach_id,
          origin,
          detail: { coachingId: found.id },
        });
      });
    },

    /** What the coach's notes and assignments say to the leader, from every coaching they had. */
    async mine(auth: AuthContext): Promise<MyCoaching> {
      const [ids, data] = await Promise.all([
        repository.acceptedOfLeader(db, auth.workspaceId, auth.userId),
        dataOf(auth, auth.userId),
      ]);
      return writings(ids, data, data.today);
    },

    /**
     * The leader marks an assignment done, or not done again. A measured one may be marked too:
     * the data may miss what happened away from Rapport, and the leader's word counts.
     */
    async markAssignment(auth: AuthContext, assignmentId: string, done: boolean): Promise<Assignment> {
      const { row, doneAt } = await writeContent(db, auth.workspaceId, async (trx) => {
        const ids = await repository.acceptedOfLeader(trx, auth.workspaceId, auth.userId);
        const found = (await repository.assignmentsOf(trx, ids)).find((a) => a.id === assignmentId);
        if (!found) throw notFound("Assignment");
        const at = done ? (found.done_at ?? now()) : null;
        await repository.setAssignmentDone(trx, found.id, at);
        return { row: found, doneAt: at };
      });
      const data = await dataOf(auth, auth.userId);
      return presentAssignment({ ...row, done_at: doneAt }, data, data.today);
    },

    // ---- The coach's link ----

    preview: (token: string) => usable(token),

    /**
     * Takes up a coaching through its link, by the rules of every invitation link (single use,
     * expiry, signed in as the invited address or a new account with name and password, anyone
     * else refused), plus two of its own: an address whose account is in another workspace is 409
     * `other_workspace` (a coach coaches in the leader's workspace only), and the leader cannot
     * coach themselves (409 `self_coaching`).
     */
    async accept(
      token: string,
      input: { name?: string | undefined; password?: string | undefined },
      by: { auth: AuthContext | null; address: string; origin: RequestOrigin },
    ) {
      const coachingRow = await usable(token);
      const account = await findUserByEmail(db, coachingRow.email);
      const fit = coachingPolicy.coachFor(coachingRow, account);
      if (fit === "other_workspace")
        throw conflict(
          "other_workspace",
          `The account of ${coachingRow.email} belongs to another Rapport workspace. A coach coaches in the leader's own workspace: ask ${coachingRow.leader_name} to invite an address of this workspace.`,
        );
      if (fit === "self") throw conflict("self_coaching", "You cannot coach yourself.");
      const admitted = await admission(ctx, coachingRow, input, by);
      return writeContent(db, coachingRow.workspace_id, async (trx) => {
        const at = now();
        const userId = await admit(trx, admitted, coachingRow, input.name, at);
        if (!(await repository.markAccepted(trx, coachingRow.id, coachingRow.linkDigest, userId, at))) {
          await usable(token);
          throw deadLinkError("accepted");
        }
        const sessionToken = admitted.existing ? null : await sessions.start(trx, userId, by.origin);
        await recordSecurityEvent(trx, {
          workspaceId: coachingRow.workspace_id,
          kind: "coach_accepted",
          at: ctx.clock.now(),
          actorId: userId,
          subjectId: userId,
          origin: by.origin,
          detail: {
            coachingId: coachingRow.id,
            grants: coachingRow.grants,
            reason: admitted.existing ? "existing_account" : "new_account",
          },
        });
        return { coachId: coachingRow.id, leaderId: coachingRow.leader_id, sessionToken };
      });
    },

    // ---- The coach's side ----

    async leaders(auth: AuthContext): Promise<CoachedLeader[]> {
      const rows = await repository.ofCoach(db, auth.workspaceId, auth.userId);
      return Promise.all(
        rows.map(async (row) => {
          const practice = row.grants.includes("practice");
          const data = practice ? await dataOf(auth, row.leader_id) : null;
          const { assignments } = await writings([row.id], data, data?.today ?? now().slice(0, 10));
          return {
            id: row.leader_id,
            name: row.leader_name,
            grants: row.grants,
            since: row.accepted_at ?? "",
            openAssignments: assignments.filter((a) => !a.done).length,
          };
        }),
      );
    },

    async leader(auth: AuthContext, leaderId: string): Promise<CoachedLeaderDetail> {
      const standing = await coaching(auth, leaderId);
      const data = coachingPolicy.sees(standing, "practice") ? await dataOf(auth, leaderId) : null;
      const [shown, written] = await Promise.all([
        figures(auth, standing, data),
        writings([standing.coachingId], data, data?.today ?? now().slice(0, 10)),
      ]);
      return {
        leader: { id: standing.leader.id, name: standing.leader.name },
        grants: standing.grants,
        ...shown,
        ...written,
      };
    },

    /** One figure the leader grants, alone; 403 while its grant is off, 404 unless I coach them. */
    async figure(auth: AuthContext, leaderId: string, grant: CoachGrant): Promise<CoachedFigure> {
      const standing = await coaching(auth, leaderId);
      if (!coachingPolicy.sees(standing, grant))
        throw new AppError(403, "grant_required", `${standing.leader.name} does not share this with you.`);
      const only = { ...standing, grants: [grant] };
      const data = grant === "practice" ? await dataOf(auth, leaderId) : null;
      return {
        leader: { id: standing.leader.id, name: standing.leader.name },
        grant,
        ...(await figures(auth, only, data)),
      };
    },

    async addNote(auth: AuthContext, leaderId: string, body: string): Promise<CoachNote> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const standing = await relations.coach(trx, auth, leaderId);
        if (!standing) throw notFound("Leader");
        const row = { id: newId(), coaching_id: standing.coachingId, body, created_at: now() };
        await repository.insertNote(trx, row);
        const coach = await findUserInWorkspace(trx, auth.workspaceId, auth.userId);
        return presentNote({ ...row, leader_id: leaderId, coach_name: coach?.name ?? "" });
      });
    },

    async addAssignment(
      auth: AuthContext,
      leaderId: string,
      input: { title: string; dueOn: string; measure: Assignment["measure"]; target?: number | undefined },
    ): Promise<Assignment> {
      const standing = await coaching(auth, leaderId);
      if (input.measure !== "manual" && !coachingPolicy.canMeasure(standing))
        throw forbidden(
          "A measured assignment needs the leader's practice figures, which they have not granted you.",
        );
      const data = await dataOf(auth, leaderId);
      if (input.dueOn < data.today)
        throw badRequest("dueOn", "Invalid dueOn: is before today", "is before today");
      return writeContent(db, auth.workspaceId, async (trx) => {
        const again = await relations.coach(trx, auth, leaderId);
        if (!again) throw notFound("Leader");
        const row = {
          id: newId(),
          coaching_id: again.coachingId,
          title: input.title,
          set_on: data.today,
          due_on: input.dueOn,
          measure: input.measure,
          target: input.measure === "manual" ? null : (input.target ?? null),
          done_at: null,
          created_at: now(),
        };
        await repository.insertAssignment(trx, row);
        const coach = await findUserInWorkspace(trx, auth.workspaceId, auth.userId);
        const shown = coachingPolicy.canMeasure(again) ? data : null;
        return presentAssignment(
          { ...row, leader_id: leaderId, coach_name: coach?.name ?? "" },
          shown,
          data.today,
        );
      });
    },
  };
}
