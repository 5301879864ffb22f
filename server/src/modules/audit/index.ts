/** The face of the audit module: its routes. It reads other modules only through their faces. */
export { auditRoutes } from "./audit.routes";
