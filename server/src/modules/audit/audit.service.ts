import {
  type AuditOptions,
  type AuditReport,
  type CellObservation,
  leaderAudit,
  personAudit,
  STATE_CODES,
  teamAudit,
} from "#core/audit";
import { isAudited } from "#core/facets/facet";
import { BANK_QUESTIONS } from "#core/questions/bank";
import {
  askedWithCopies,
  DEFAULT_LAST_N,
  type QuestionCopy,
  type RotationItem,
  suggestQuestions,
} from "#core/questions/rotation";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { forbidden, notFound } from "../../lib/errors";
import { StampedCache } from "../../lib/stamped-cache";
import { type HeldConversations, heldConversationsOf } from "../conversations";
import { type FacetRow, listFacets } from "../facets";
import { type StanceGapItem, stanceGapsOf } from "../goals";
import { knowledgeService, membersLedBy, observationsOf, teamAuditScope } from "../knowledge";
import { questionsOwnedBy } from "../questions";
import { auditPolicy } from "./audit.policy";

export interface AuditView {
  scope: { kind: "person" | "team" | "leader"; id: string; name: string };
  report: AuditReport;
  people: { id: string; name: string }[];
  facets: FacetRow[];
  questions: Map<string, RotationItem[]>;
  /** The viewer's perceived goal stances two rungs or more from what these people state. */
  stanceGaps: StanceGapItem[];
}

/** The leader's questions as rotation takes them, and which bank question each was copied from. */
interface QuestionSource {
  items: RotationItem[];
  copies: QuestionCopy[];
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

/** A person as the engine takes them: with when the leader last held a conversation with them, if ever. */
function metWith(
  met: Map<string, HeldConversations>,
  personId: string,
): { personId: string; lastConversationAt?: Date } {
  const last = met.get(personId)?.lastAt;
  return last ? { personId, lastConversationAt: last } : { personId };
}

/** The heatmap travels as `stateRows`: no object per cell (`states`) is built. */
const LEAN: AuditOptions = { includeStates: false };

/** How long a kept catalogue or question source may serve while its stamp holds (ADR 5). */
const BASIS_KEPT_MS = 60_000;

export function auditService(ctx: AppContext) {
  const knowledge = knowledgeService(ctx);
  /**
   * What every audit reads and rarely changes, kept by the stamps the session read carries: the
   * workspace's audited facets until its catalogue version moves, the leader's questions until
   * their question-list version does. So an audit computed afresh after a change to what a leader
   * knows reads only the team and the knowledge.
   */
  const catalogues = new StampedCache<FacetRow[]>(ctx.clock, { max: 1000, ttlMs: BASIS_KEPT_MS });
  const sources = new StampedCache<QuestionSource>(ctx.clock, { max: 5000, ttlMs: BASIS_KEPT_MS });
  const auditedFacets = (auth: AuthContext) =>
    catalogues.get({ id: auth.workspaceId, stamp: auth.catalogueVersion }, "audited", async () =>
      (await listFacets(ctx.db, auth.workspaceId, false)).filter(isAudited),
    );
  const leaderQuestions = (auth: AuthContext) =>
    sources.get({ id: auth.userId, stamp: auth.questionsVersion }, "questions", () =>
      questionSource(auth.userId),
    );

  /** The person whose audit the viewer asks for; 404 unless the viewer leads them. */
  async function auditedPerson(auth: AuthContext, personId: string) {
    const standing = await relations.person(ctx.db, auth, personId);
    if (!standing || !auditPolicy.canAuditPerson(standing.relation)) throw notFound("Person");
    return standing.person;
  }

  /** What every audit reads besides the people: the catalogue, the freshness setting, the leader's questions. */
  interface Basis {
    facets: FacetRow[];
    freshnessDays: number;
    source: QuestionSource;
  }

  /** The basis of a person's or a leader's audit: up to three queries, side by side (two kept). */
  async function basis(auth: AuthContext): Promise<Basis> {
    const [facets, freshnessDays, source] = await Promise.all([
      auditedFacets(auth),
      knowledge.workspaceFreshness(auth.workspaceId),
      leaderQuestions(auth),
    ]);
    return { facets, freshnessDays, source };
  }

  /**
   * Loads what the leader knows of these people, when they last held a conversation with each and
   * which questions they asked in the last few, and where the leader's perceived goal stances are
   * far from theirs (side by side), and runs the pure audit engine over them; `met` gives each
   * person as the engine takes them.
   */
  async function run(
    auth: AuthContext,
    persons: { id: string; name: string }[],
    { facets, freshnessDays, source }: Basis,
    audit: (
      input: {
        facets: FacetRow[];
        observations: CellObservation[];
        settings: { now: Date; freshnessDays: number };
      },
      met: (personId: string) => { personId: string; lastConversationAt?: Date },
    ) => AuditReport,
  ) {
    const ids = persons.map((p) => p.id);
    const [observations, held, stanceGaps] = await Promise.all([
      observationsOf(ctx.db, auth.userId, facets, ids),
      heldConversationsOf(ctx.db, auth.userId, ids, DEFAULT_LAST_N),
      stanceGapsOf(ctx.db, auth.userId, ids),
    ]);
    const settings = { now: ctx.clock.now(), freshnessDays };
    const report = audit({ facets, observations, settings }, (personId) => metWith(held, personId));
    const asked = (personId: string) => askedWithCopies(held.get(personId)?.asked ?? [], source.copies);
    return {
      report,
      facets,
      questions: suggestionsFor(report, facets, ids, source.items, asked),
      stanceGaps,
    };
  }

  /**
   * The leader's own questions (every list they keep, in list order), once they have any; the bank
   * until then. A leader's lists are their template: "develop your own list of questions".
   */
  async function questionSource(leaderId: string): Promise<QuestionSource> {
    const rows = await questionsOwnedBy(ctx.db, leaderId);
    if (rows.length === 0) return { items: BANK_ITEMS, copies: [] };
    return {
      items: rows.map(({ bank_question_id: _bank, ...row }, index) => ({
        ...row,
        retired: row.retired === 1,
        position: index,
      })),
      copies: rows.map((row) => ({ id: row.id, bankQuestionId: row.bank_question_id })),
    };
  }

  /**
   * Two or three open questions for each suggested conversation, lighter where the person is little
   * known, and none the leader asked this person in their last few conversations (`asked`).
   */
  function suggestionsFor(
    report: AuditReport,
    facets: FacetRow[],
    personIds: string[],
    source: RotationItem[],
    asked: (personId: string) => string[][],
  ): Map<string, RotationItem[]> {
    const keyOf = new Map(facets.map((f) => [f.id, f.key]));
    const known = new Map<string, number>();
    for (const [index, row] of report.stateRows.entries()) {
      const personId = personIds[index];
      if (personId !== undefined) known.set(personId, row.length - row.split(STATE_CODES.unknown).length + 1);
    }
    const result = new Map<string, RotationItem[]>();
    for (const next of report.nextConversations) {
      const coverage =
        facets.length > 0 && personIds.length > 0 ? (known.get(next.personId) ?? 0) / facets.length : 0;
      const facetKey = keyOf.get(next.facetId);
      const recentlyAsked = asked(next.personId);
      const ask = (items: RotationItem[]) =>
        suggestQuestions({
          items,
          target: facetKey ? { facet: facetKey } : {},
          recentlyAsked,
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
      const [person, loaded] = await Promise.all([auditedPerson(auth, personId), basis(auth)]);
      const persons = [{ id: person.id, name: person.name }];
      const result = await run(auth, persons, loaded, (input, met) =>
        personAudit({ ...input, person: met(person.id) }, LEAN),
      );
      return { scope: { kind: "person", id: person.id, name: person.name }, people: persons, ...result };
    },

    /**
     * A team's audit, for the team's leaders only: admins never see content, aggregates included.
     * Four queries: the team with the viewer's role, its members and the freshness setting (the
     * catalogue and the leader's questions beside it, while their stamps hold kept), then the
     * knowledge, the conversations held with each member and the goal stance gaps side by side.
     */
    async team(auth: AuthContext, teamId: string): Promise<AuditView> {
      const [scope, audited, source] = await Promise.all([
        teamAuditScope(ctx.db, auth, teamId),
        auditedFacets(auth),
        leaderQuestions(auth),
      ]);
      if (!scope || !auditPolicy.canAuditTeam(auth, scope.standing.role)) throw notFound("Team audit");
      const { standing, freshnessDays, members } = scope;
      const { team } = standing;
      const persons = members.map((m) => ({ id: m.personId, name: m.name }));
      const result = await run(auth, persons, { facets: audited, freshnessDays, source }, (input, met) =>
        teamAudit({ ...input, members: persons.map((p) => met(p.id)) }, LEAN),
      );
      return { scope: { kind: "team", id: team.id, name: team.name }, people: persons, ...result };
    },

    /** My audit as a leader across every team I lead (a person on two of my teams counts once). */
    async leader(auth: AuthContext): Promise<AuditView> {
      if (!auditPolicy.canAuditOwnTeams(auth)) throw forbidden("You cannot see an audit of your teams.");
      const [members, loaded] = await Promise.all([membersLedBy(ctx.db, auth.userId), basis(auth)]);
      const byTeam = new Map<string, string[]>();
      const names = new Map<string, string>();
      for (const m of members) {
        byTeam.set(m.teamId, [...(byTeam.get(m.teamId) ?? []), m.personId]);
        names.set(m.personId, m.name);
      }
      const persons = [...names].map(([id, name]) => ({ id, name }));
      const result = await run(auth, persons, loaded, (input, met) =>
        leaderAudit(
          {
            ...input,
            teams: [...byTeam].map(([teamId, ids]) => ({ teamId, members: ids.map(met) })),
          },
          LEAN,
        ),
      );
      return { scope: { kind: "leader", id: auth.userId, name: "My teams" }, people: persons, ...result };
    },
  };
}
