/**
 * The face of the coaching module (a leader's coaches with their grants, the coach's notes and
 * practice assignments): its routes, for app.ts, and its section of a user's export. It reads the figures it shows through the faces
 * of the practice, audit, goals, priorities and answers modules; its tables go with their leader
 * or coach (the foreign keys cascade).
 */
export { coachingExportOf } from "./coaching.export";
export { coachingRoutes } from "./coaching.routes";
