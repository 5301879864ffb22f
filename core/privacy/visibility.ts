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
