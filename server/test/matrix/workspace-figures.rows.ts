import { adminsOnly, type Row } from "./row";

/**
 * The workspace's figures: aggregates for its admins only (another workspace's admin reads their
 * own, 200, which holds nothing of this one); a leader, member or coach 403.
 */
export const WORKSPACE_FIGURES_ROWS: Row[] = [
  {
    route: "GET /workspace/figures",
    method: "GET",
    url: () => "/api/v1/workspace/figures",
    expect: { ...adminsOnly(200), stranger: 200 },
  },
];
