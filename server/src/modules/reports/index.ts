/**
 * The face of the reports module (reports as PDF files): its routes for app.ts, and its service
 * for the command line. It reads audit, practice and answers only through their faces.
 */

/** How a report writes a share and a score, for whoever reads one back. */
export { percent, score } from "./report.format";
export { reportRoutes } from "./report.routes";
export { type Report, reportService } from "./report.service";
