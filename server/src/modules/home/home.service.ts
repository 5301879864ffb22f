import type { Checklist, Home, HomeCell, HomeLeading, HomeMember } from "#contracts/home";
import { type CellState, leaderAudit } from "#core/audit";
import { isAudited } from "#core/facets/facet";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import type { AnswerRow } from "../../db/schema";
import { iso } from "../../lib/clock";
import { currentAnswers, leaderManualService, presentLeaderManual } from "../answers";
import { overdueCommitmentsOf } from "../commitments";
import { conversationSignals, hasHeldConversation, memberConversationSignals } from "../conversations";
import { type FacetRow, listFacets } from "../facets";
import { goalsForLeaderHome, goalsToPlace } from "../goals";
import { openInvitations } from "../invitations";
import { knowledgeService, membersLedBy, observationsOf } from "../knowledge";
import { openPulsesToAnswer } from "../pulses";
import { teamPolicy, teamsOf } from "../teams";
import { homeRepository } from "./home.repository";

type Team = { id: string; name: string };

/** What the leading part of a home was built from, which the checklist ticks itself from too. */
interface Leading {
  view: Omit<HomeLeading, "overdueCommitments">;
  people: number;
  peopleWithBeliefs: number;
  heldConversation: boolean;
}

/**
 * Someone's home: what to do now, all of it the viewer's own. As a leader, what their own
 * knowledge of the people they lead says (computed by the audit engine from the viewer's beliefs
 * and the answers the viewer may see, sealed ones by date alone) and the teams' open invitations;
 * and their conversations (who is overdue by their cadence, loops left open, what is planned);
 * as a member, their own manual, their leaders' manuals as shared with them, their planned
 * conversations and what their leaders asked them to record; and while they
 * start out, the first week's checklist. An admin who leads nothing and is on no team gets the
 * checklist alone: nothing about anyone else.
 */
export function homeService(ctx: AppContext) {
  const knowledge = knowledgeService(ctx);
  const manuals = leaderManualService(ctx);

  async function leadingOf(auth: AuthContext, teams: Team[], audited: FacetRow[]): Promise<Leading> {
    const now = ctx.clock.now();
    const [members, freshnessDays, invitations] = await Promise.all([
      membersLedBy(ctx.db, auth.userId),
      knowledge.workspaceFreshness(auth.workspaceId),
      Promise.all(teams.map((team) => openInvitations(ctx.db, team.id, iso(now)))),
    ]);
    const names = new Map(members.map((m) => [m.personId, m.name]));
    const personIds = [...names.keys()];
    const [observations, conversations, heldConversation, goals] = await Promise.all([
      observationsOf(ctx.db, auth.userId, audited, personIds),
      conversationSignals(
        ctx.db,
        auth.userId,
        personIds.map((personId) => ({ personId, name: names.get(personId) ?? "" })),
        now,
      ),
      hasHeldConversation(ctx.db, auth.userId),
      goalsForLeaderHome(ctx.db, auth.userId, personIds),
    ]);
    const report = leaderAudit(
      {
        facets: audited,
        observations,
        settings: { now, freshnessDays },
        teams: teams.map((team) => ({
          teamId: team.id,
          members: members.filter((m) => m.teamId === team.id).map((m) => ({ personId: m.personId })),
        })),
      },
      { includeStates: false, limit: 0 },
    );
    const facetOf = new Map(audited.map((f) => [f.id, f]));
    const cell = (state: CellState): HomeCell => ({
      personId: state.personId,
      personName: names.get(state.personId) ?? "",
      facetId: state.facetId,
      facetKey: facetOf.get(state.facetId)?.key ?? "",
      facetTitle: facetOf.get(state.facetId)?.title ?? "",
    });
    const answered = new Set(observations.filter((o) => o.answerVisible).map((o) => o.personId));
    const believed = new Set(observations.filter((o) => o.belief).map((o) => o.personId));
    return {
      view: {
        teams: teams.map((team) => ({ id: team.id, name: team.name })),
        freshnessDays,
        sealed: report.sealed.map(cell),
        blindSpots: report.blindSpots.map(cell),
        stale: report.stale.map(cell),
        notAnswered: personIds
          .filter((id) => !answered.has(id))
          .map((id) => ({ personId: id, personName: names.get(id) ?? "" })),
        invitations: teams.flatMap((team, index) =>
          (invitations[index] ?? []).map(({ createdAt: _created, ...invitation }) => ({
            ...invitation,
            teamId: team.id,
            teamName: team.name,
          })),
        ),
        ...conversations,
        stanceGaps: goals.stanceGaps.map(({ perceivedAt: _at, ...gap }) => ({
          ...gap,
          personName: names.get(gap.personId) ?? "",
        })),
        unthankedFollowers: goals.unthankedFollowers,
      },
      people: personIds.length,
      peopleWithBeliefs: personIds.filter((id) => believed.has(id)).length,
      heldConversation,
    };
  }

  async function memberOf(
    auth: AuthContext,
    teams: Team[],
    audited: FacetRow[],
    mine: AnswerRow[],
  ): Promise<Omit<HomeMember, "overdueCommitments">> {
    const now = ctx.clock.now();
    const [teamManuals, conversations, openPulses, goals] = await Promise.all([
      Promise.all(teams.map((team) => manuals.forTeam(auth, team.id))),
      memberConversationSignals(ctx.db, auth, now),
      openPulsesToAnswer(
        ctx.db,
        auth.userId,
        teams.map((team) => team.id),
        now,
      ),
      goalsToPlace(ctx.db, auth.userId),
    ]);
    const ids = new Set(audited.map((f) => f.id));
    return {
      manual: { answered: mine.filter((a) => ids.has(a.facet_id)).length, total: ids.size },
      leaderManuals: teams.map((team, index) => ({
        teamId: team.id,
        teamName: team.name,
        leaders: (teamManuals[index]?.manuals ?? [])
          .filter((manual) => manual.leader.id !== auth.userId)
          .map(presentLeaderManual),
      })),
      ...conversations,
      openPulses,
      goalsToPlace: goals,
    };
  }

  /** The first week's steps, each ticked by what the data says the viewer has done. */
  function checklistOf(leading: Leading | null, mine: AnswerRow[]): Checklist {
    const invited = leading !== null && (leading.people > 0 || leading.view.invitations.length > 0);
    const progress = { done: leading?.peopleWithBeliefs ?? 0, total: leading?.people ?? 0 };
    return {
      steps: [
        { key: "create_team", done: leading !== null, progress: null },
        // As the team page's note counts it: an answer the viewer shares with the teams they lead.
        { key: "write_manual", done: mine.some((a) => a.visibility === "team"), progress: null },
        { key: "invite", done: invited, progress: null },
        {
          key: "write_beliefs",
          done: progress.total > 0 && progress.done === progress.total,
          progress,
        },
        { key: "first_conversation", done: leading?.heldConversation ?? false, progress: null },
      ],
    };
  }

  return {
    async home(auth: AuthContext): Promise<Home> {
      // The catalogue and the viewer's own answers are read once, for every part that needs them.
      const [teams, dismissed, facets, mine] = await Promise.all([
        teamsOf(ctx.db, auth.workspaceId, auth.userId),
        homeRepository.checklistDismissed(ctx.db, auth.userId),
        listFacets(ctx.db, auth.workspaceId, false),
        currentAnswers(ctx.db, auth.userId),
      ]);
      const audited = facets.filter(isAudited);
      const led = teams.filter((team) => team.role === "leader");
      const joined = teams.filter((team) => team.role === "member");
      const [leading, member, overdue] = await Promise.all([
        led.length > 0 ? leadingOf(auth, led, audited) : null,
        joined.length > 0 ? memberOf(auth, joined, audited, mine) : null,
        overdueCommitmentsOf(ctx.db, auth, ctx.clock.now()),
      ]);
      // A leader's, or a future leader's: someone who may start a team.
      const startsOut = !dismissed && (leading !== null || teamPolicy.canCreate(auth, false));
      return {
        checklist: startsOut ? checklistOf(leading, mine) : null,
        leading: leading ? { ...leading.view, overdueCommitments: overdue.asLeader } : null,
        member: member ? { ...member, overdueCommitments: overdue.asMember } : null,
      };
    },

    async dismissChecklist(auth: AuthContext): Promise<void> {
      await homeRepository.dismissChecklist(ctx.db, auth.userId, iso(ctx.clock.now()));
    },
  };
}
