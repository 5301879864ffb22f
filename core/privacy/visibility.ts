/**
 * Who may see a member's answer (PRODUCT.md, "Answer"). The member sets the visibility of each
 * answer; nobody else can widen it. Admins and coaches are not relations: they never see answers.
 */
export const VISIBILITIES = ["private", "leader", "team"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/**
 * How the viewer stands to the member who wrote the answer:
 * - `self`: the member;
 * - `leader`: leads a team the member belongs to;
 * - `teammate`: shares a team with the member, not as their leader;
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
