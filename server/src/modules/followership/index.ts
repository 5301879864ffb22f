/**
 * The face of the followership module (the self-assessment, a leader's estimates, the team map):
 * its routes for app.ts, and what team deletion forgets.
 */
export { followershipExportOf } from "./followership.export";
export { followershipRoutes } from "./followership.routes";
export { forgetEstimates } from "./followership.service";
