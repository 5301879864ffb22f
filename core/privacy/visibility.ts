/**
 * Who may see an answer (PRODUCT.md, "Answer"). Its author sets the visibility of each answer, and
 * nobody else can widen it:
 * - `private`: the author alone;
 * - `leader`: the author's leaders, those who lead a team the author is a member of;
 * - `team`: everyone who shares a team with the author: their leaders and teammates, and, when the
 *   author leads a team, that team's people. This is how a leader shares their own manual with the
 *   teams they lead; their `leader` answers still reach only their own leaders, never the people
 *   they lead.
 * Admins and coaches are not relations: they never see answers.
 */
export const VISIBILITIES = ["private", "leader", "team"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * How the viewer stands to the member who wrote the answer:
 * - `self`: the member;
 * - `leader`: leads a team the member belongs to;
 * - `teammate`: shares a team with the member, not as their leader (a member of a team the author
 *   leads, and a co-leader of it, are the author's teammates);
 * - `none`: anyone else (admins, coaches, other teams, other workspaces).
 */
export type Relation = "self" | "leader" | "teammate" | "none";

export function canSeeAnswer(visibility: Visibility, relation: Relation): boolean {
  switch (relation) {
    case "self":
      return true;
    case "leader":
      return visibility === "leader" || visibility === "team";
    case "teammate":
      return visibility === "team";
    case "none":
      return false;
    default: {
      const unreachable: never = relation;
      return unreachable;
    }
  }
}

/**
 * Whether a leader's manual, as a team's people read it, shows one of the leader's answers. It shows
 * what the answer's visibility allows the viewer, with one exception: to someone who leads the author
 * on another team it shows only the prompts about leading. The author's audited answers reach their
 * own leaders on the person page alone, where beliefs come first (sealed until that leader looks).
 */
export function leaderManualShows(visibility: Visibility, relation: Relation, audited: boolean): boolean {
  if (audited && relation === "leader") return false;
  return canSeeAnswer(visibility, relation);
}

/**
 * What a viewer is shown of one answer (PRODUCT.md, "Beliefs come first"):
 * - `content`: its words;
 * - `sealed`: only that it exists and when it was written. A leader gets this until they have
 *   looked at the answer's current version (by choosing to, or by writing a belief on the facet,
 *   which the caller records as looking): what they write before then was committed blind;
 * - `none`: nothing at all, not even that it exists.
 * The seal is the leader's alone: the member sees their own words, and a teammate reads an answer
 * shared with the team as soon as it is written (a teammate holds no beliefs to commit first).
 */
export type AnswerView = "content" | "sealed" | "none";

export function answerView(visibility: Visibility, relation: Relation, lookedAt: boolean): AnswerView {
  if (!canSeeAnswer(visibility, relation)) return "none";
  return relation === "leader" && !lookedAt ? "sealed" : "content";
}

/** A shared team, as the viewer and the person each belong to it. */
export interface SharedTeam {
  viewerRole: "leader" | "member";
  personRole: "leader" | "member";
}

/**
 * The relation from the teams two people share: the viewer leads the person when, on some
 * shared team, the viewer is a leader and the person a member; sharing any team otherwise makes
 * them teammates (two leaders of one team too); sharing none, no relation.
 */
export function relationFrom(isSelf: boolean, shared: readonly SharedTeam[]): Relation {
  if (isSelf) return "self";
  if (shared.some((s) => s.viewerRole === "leader" && s.personRole === "member")) return "leader";
  return shared.length > 0 ? "teammate" : "none";
}
