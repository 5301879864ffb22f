/** The face of erasure (deleting a person, a use case across every module's tables): its routes, for app.ts. */
export { erasureRoutes } from "./erasure.routes";
