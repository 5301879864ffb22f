/** The face of team deletion (a use case across teams and knowledge): its route, for app.ts. */
export { teamDeletionRoutes } from "./team-deletion.routes";
