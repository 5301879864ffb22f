import type { AuthContext } from "../../access/auth-context";

/** The facet catalogue: everyone in the workspace reads it; admins change it and see retired facets. */
export const facetPolicy = {
  canChangeCatalogue: (auth: AuthContext): boolean => auth.isAdmin,
  canSeeRetired: (auth: AuthContext): boolean => auth.isAdmin,
};
