/** The face of the health module: its one public route. */
export { healthRoutes } from "./health.routes";
