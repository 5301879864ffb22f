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
