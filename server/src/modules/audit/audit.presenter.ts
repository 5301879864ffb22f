import type { Audit } from "#contracts/audit";
import type { AuditView } from "./audit.service";

/** An audit as the API shows it (contracts/audit.ts): every field built by hand, no row spread into it. */
export function presentAudit(view: AuditView): Audit {
  const { report } = view;
  const facetById = new Map(view.facets.map((f) => [f.id, f]));
  const nameById = new Map(view.people.map((p) => [p.id, p.name]));
  return {
    scope: view.scope,
    figures: report.figures,
    byDimension: report.byDimension,
    people: view.people,
    facets: view.facets.map((f) => ({ id: f.id, key: f.key, title: f.title, dimension: f.dimension })),
    stateRows: report.stateRows,
    blindSpots: report.blindSpots,
    stale: report.stale,
    sealed: report.sealed,
    nextConversations: report.nextConversations.map((n) => ({
      personId: n.personId,
      personName: nameById.get(n.personId) ?? "",
      facetId: n.facetId,
      facetKey: facetById.get(n.facetId)?.key ?? "",
      facetTitle: facetById.get(n.facetId)?.title ?? "",
      state: n.state,
      priority: n.priority,
      daysSinceConversation: n.daysSinceConversation,
      reason: n.reason,
      questions: (view.questions.get(`${n.personId}:${n.facetId}`) ?? []).map((q) => ({
        id: q.id,
        text: q.text,
        depth: q.depth,
      })),
    })),
    stanceGaps: view.stanceGaps.map((gap) => ({
      goalId: gap.goalId,
      goalTitle: gap.goalTitle,
      teamId: gap.teamId,
      personId: gap.personId,
      personName: nameById.get(gap.personId) ?? "",
      perceived: gap.perceived,
      stated: gap.stated,
      distance: gap.distance,
    })),
  };
}
