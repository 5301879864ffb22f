import { type AuditReport, leaderAudit, personAudit, teamAudit } from "../../../../core/audit";
import { BANK_QUESTIONS } from "../../../../core/questions/bank";
import { type RotationItem, suggestQuestions } from "../../../../core/questions/rotation";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { notFound } from "../../lib/errors";
import { type FacetRow, facetRepository } from "../facets/facet.repository";
import { buildCells, toObservation } from "../people/knowledge";
import { loadKnowledge } from "../people/knowledge.repository";
import { peopleService } from "../people/people.service";
import { membersLedBy } from "../people/relation.repository";
import { questionListRepository } from "../questions/question-list.repository";
import { teamPolicy } from "../teams/team.policy";

export interface AuditView {
  scope: { kind: "person" | "team" | "leader"; id: string; name: string };
  report: AuditReport;
  people: { id: string; name: string }[];
  facets: FacetRow[];
  questions: Map<string, RotationItem[]>;
}

/** The starter questions for a facet: the bank's, until the leader keeps lists of their own. */
const BANK_ITEMS: RotationItem[] = BANK_QUESTIONS.map((q, index) => ({
  id: q.id,
  text: q.text,
  facet: q.facet,
  topic: q.topic,
  depth: q.depth,
  retired: false,
  position: index,
}));

export function auditService(ctx: AppContext) {
  const people = peopleService(ctx);

  /** Loads what the leader knows of these people and runs the pure audit engine over it. */
  async function run(
    auth: AuthContext,
    persons: { id: string; name: string }[],
    audit: (input: {
      facets: FacetRow[];
      observations: ReturnType<typeof toObservation>[];
      settings: { now: Date; freshnessDays: number };
    }) => AuditReport,
  ) {
    const facets = await facetRepository.list(ctx.db, auth.workspaceId, false);
    const ids = persons.map((p) => p.id);
    const rows = await loadKnowledge(ctx.db, auth.userId, ids);
    const observations = buildCells(facets, ids, rows)
      .filter((cell) => cell.belief || cell.answer)
      .map(toObservation);
    const settings = {
      now: ctx.clock.now(),
      freshnessDays: await people.workspaceFreshness(auth.workspaceId),
    };
    const report = audit({ facets, observations, settings });
    return {
      report,
      facets,
      questions: suggestionsFor(report, facets, persons.length, await questionSource(auth.userId)),
    };
  }

  /**
   * The leader's own questions (every list they keep, in list order), once they have any; the bank
   * until then. A leader's lists are their template: "develop your own list of questions".
   */
  async function questionSource(leaderId: string): Promise<RotationItem[]> {
    const rows = await questionListRepository.itemsOwnedBy(ctx.db, leaderId);
    if (rows.length === 0) return BANK_ITEMS;
    return rows.map((row, index) => ({ ...row, retired: row.retired === 1, position: index }));
  }

  /** Two or three open questions for each suggested conversation, lighter where the person is little known. */
  function suggestionsFor(
    report: AuditReport,
    facets: FacetRow[],
    peopleCount: number,
    source: RotationItem[],
  ): Map<string, RotationItem[]> {
    const keyOf = new Map(facets.map((f) => [f.id, f.key]));
    const known = new Map<string, number>();
    for (const s of report.states)
      if (s.state !== "unknown") known.set(s.personId, (known.get(s.personId) ?? 0) + 1);
    const result = new Map<string, RotationItem[]>();
    for (const next of report.nextConversations) {
      const coverage =
        facets.length > 0 && peopleCount > 0 ? (known.get(next.personId) ?? 0) / facets.length : 0;
      const facetKey = keyOf.get(next.facetId);
      const ask = (items: RotationItem[]) =>
        suggestQuestions({
          items,
          target: facetKey ? { facet: facetKey } : {},
          recentlyAsked: [],
          coverage,
          count: 3,
        });
      // A facet the leader's own lists do not cover yet still gets the bank's starter questions.
      const own = source === BANK_ITEMS ? [] : ask(source);
      result.set(`${next.personId}:${next.facetId}`, own.length > 0 ? own : ask(BANK_ITEMS));
    }
    return result;
  }

  return {
    async person(auth: AuthContext, personId: string): Promise<AuditView> {
      const person = await people.ledPerson(auth, personId);
      const persons = [{ id: person.id, name: person.name }];
      const result = await run(auth, persons, (input) =>
        personAudit({ ...input, person: { personId: person.id } }),
      );
      return { scope: { kind: "person", id: person.id, name: person.name }, people: persons, ...result };
    },

    /** A team's audit, for the team's leaders only: admins never see content, aggregates included. */
    async team(auth: AuthContext, teamId: string): Promise<AuditView> {
      const standing = await relations.team(ctx.db, auth, teamId);
      if (!standing || !teamPolicy.canAudit(auth, standing.role)) throw notFound("Team audit");
      const { team } = standing;
      const members = await membersLedBy(ctx.db, auth.userId, teamId);
      const persons = members.map((m) => ({ id: m.personId, name: m.name }));
      const result = await run(auth, persons, (input) =>
        teamAudit({ ...input, members: persons.map((p) => ({ personId: p.id })) }),
      );
      return { scope: { kind: "team", id: team.id, name: team.name }, people: persons, ...result };
    },

    /** My audit as a leader across every team I lead (a person on two of my teams counts once). */
    async leader(auth: AuthContext): Promise<AuditView> {
      const members = await membersLedBy(ctx.db, auth.userId);
      const byTeam = new Map<string, string[]>();
      const names = new Map<string, string>();
      for (const m of members) {
        byTeam.set(m.teamId, [...(byTeam.get(m.teamId) ?? []), m.personId]);
        names.set(m.personId, m.name);
      }
      const persons = [...names].map(([id, name]) => ({ id, name }));
      const teams = [...byTeam].map(([teamId, ids]) => ({
        teamId,
        members: ids.map((personId) => ({ personId })),
      }));
      const result = await run(auth, persons, (input) => leaderAudit({ ...input, teams }));
      return { scope: { kind: "leader", id: auth.userId, name: "My teams" }, people: persons, ...result };
    },
  };
}
