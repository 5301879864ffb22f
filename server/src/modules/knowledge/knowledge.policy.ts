import type { Relation } from "#core/privacy/visibility";
import { personAllows } from "../../access/relations";

/**
 * Who may see a person and hold beliefs about them. Deny by default: admins and leaders of other
 * teams have no relation to a person, so they get a 404, as if the person did not exist.
 */
export const knowledgePolicy = {
  /** A person's page: themselves, their leaders, their teammates. */
  canSee: (relation: Relation): relation is Exclude<Relation, "none"> => personAllows(relation, "related"),
  /** Beliefs, comparisons and a person's audit: their leaders only. */
  canHoldBeliefs: (relation: Relation): boolean => personAllows(relation, "led"),
};
