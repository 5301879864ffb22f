/**
 * The face of the priorities module: its routes, for app.ts. Work items and their ratings are the
 * module's tables; they go with their team (the foreign keys cascade), and the demo writes them
 * through the API. A coach granted a leader's alignment reads each team's W (`teamConcordance`).
 */

export { prioritiesExportOf } from "./priorities.export";
export { prioritiesRoutes } from "./priorities.routes";
export { type TeamConcordance, teamConcordance } from "./priorities.service";
