/**
 * The face of the workspace figures (issue 15): the admins' workspace-wide assumption-audit
 * figures, aggregates only, withheld below the anonymity threshold. It holds no table; its
 * repository reads those of knowledge, answers, teams and facets, read-only, to sum them in SQL.
 */
export { workspaceFiguresRoutes } from "./workspace-figures.routes";
