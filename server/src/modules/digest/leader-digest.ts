import { leaderAudit } from "#core/audit";
import { isAudited } from "#core/facets/facet";
import { dayIn } from "#core/practice/days";
import type { AppContext } from "../../context";
import { addDays } from "../../lib/clock";
import { commitmentsOfLeader } from "../commitments";
import { conversationSignals } from "../conversations";
import { listFacets } from "../facets";
import { knowledgeService, membersLedBy, observationsOf } from "../knowledge";
import { teamsOf } from "../teams";
import type { DigestLeader } from "./digest.repository";

/** An answer waiting for the leader's guess: whose and on what, never its words. */
export interface SealedAnswer {
  personId: string;
  personName: string;
  facetTitle: string;
}

/** An open commitment between the leader and someone they lead. */
export interface DigestCommitment {
  id: string;
  personId: string;
  personName: string;
  owner: "leader" | "member";
  text: string;
  dueOn: string;
}

/** Someone the leader is overdue to talk with, by the rhythm the leader set for them. */
export interface DigestOverdue {
  personId: string;
  personName: string;
  /** The day the next conversation was due. */
  dueOn: string;
}

/** A vulnerability loop with a signal and no close for more than 14 days. */
export interface DigestOpenLoop {
  conversationId: string;
  personName: string;
  signalAt: string;
}

/** What is waiting for a leader this week, about the people they lead now. */
export interface LeaderDigest {
  /** People overdue for a conversation by their cadence, with nothing planned. */
  overduePeople: DigestOverdue[];
  openLoops: DigestOpenLoop[];
  sealed: SealedAnswer[];
  /** Open, due before today in the leader's time zone. */
  overdueCommitments: DigestCommitment[];
  /** Open, due today or in the 7 days after. */
  commitmentsDueSoon: DigestCommitment[];
}

/** How far ahead "due soon" looks, in days after today. */
export const DUE_SOON_DAYS = 7;

export const isEmptyDigest = (digest: LeaderDigest): boolean =>
  digest.overduePeople.length === 0 &&
  digest.openLoops.length === 0 &&
  digest.sealed.length === 0 &&
  digest.overdueCommitments.length === 0 &&
  digest.commitmentsDueSoon.length === 0;

/**
 * A leader's digest, computed afresh from the modules that hold each part, through their faces:
 * the audit engine over the leader's own knowledge for the answers waiting for a guess (as the
 * home shows them), and the commitments module for what is due. Nothing about anyone they no
 * longer lead.
 */
export async function leaderDigest(ctx: AppContext, leader: DigestLeader, now: Date): Promise<LeaderDigest> {
  const [teams, members, facets, freshnessDays] = await Promise.all([
    teamsOf(ctx.db, leader.workspaceId, leader.id),
    membersLedBy(ctx.db, leader.id),
    listFacets(ctx.db, leader.workspaceId, false),
    knowledgeService(ctx).workspaceFreshness(leader.workspaceId),
  ]);
  const led = teams.filter((team) => team.role === "leader");
  const names = new Map(members.map((m) => [m.personId, m.name]));
  const personIds = [...names.keys()];
  const audited = facets.filter(isAudited);
  const [observations, commitments, signals] = await Promise.all([
    observationsOf(ctx.db, leader.id, audited, personIds),
    commitmentsOfLeader(ctx.db, leader.workspaceId, leader.id, personIds),
    conversationSignals(
      ctx.db,
      leader.id,
      [...names].map(([personId, name]) => ({ personId, name })),
      now,
    ),
  ]);
  const report = leaderAudit(
    {
      facets: audited,
      observations,
      settings: { now, freshnessDays },
      teams: led.map((team) => ({
        teamId: team.id,
        members: members.filter((m) => m.teamId === team.id).map((m) => ({ personId: m.personId })),
      })),
    },
    { includeStates: false, limit: 0 },
  );
  const titles = new Map(audited.map((facet) => [facet.id, facet.title]));
  const today = dayIn(now, leader.timeZone);
  const horizon = dayIn(addDays(now, DUE_SOON_DAYS), leader.timeZone);
  const open = commitments
    .filter((c) => c.status === "open" && c.due_on <= horizon)
    .map(
      (c): DigestCommitment => ({
        id: c.id,
        personId: c.person_id,
        personName: names.get(c.person_id) ?? "",
        owner: c.owner,
        text: c.text,
        dueOn: c.due_on,
      }),
    );
  return {
    overduePeople: signals.overduePeople.map(({ personId, personName, dueOn }) => ({
      personId,
      personName,
      dueOn,
    })),
    openLoops: signals.openLoops.map(({ conversationId, personName, signalAt }) => ({
      conversationId,
      personName,
      signalAt,
    })),
    sealed: report.sealed.map((cell) => ({
      personId: cell.personId,
      personName: names.get(cell.personId) ?? "",
      facetTitle: titles.get(cell.facetId) ?? "",
    })),
    overdueCommitments: open.filter((c) => c.dueOn < today),
    commitmentsDueSoon: open.filter((c) => c.dueOn >= today),
  };
}
