import type { CommitmentQuery } from "./commitments.api";

const all = ["commitments"] as const;

/** Every list of commitments starts with `all`: one recorded or closed changes any of them. */
export const commitmentKeys = {
  all,
  list: (query: CommitmentQuery) => [...all, query.personId ?? "", query.status ?? ""] as const,
};
