/**
 * The face of the exports module (a person's own data to take away, as JSON and CSV): its routes,
 * for app.ts. It holds nothing: each section comes from its own module's face (export.sections.ts).
 */
export { exportRoutes } from "./export.routes";
