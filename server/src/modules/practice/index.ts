/**
 * The face of the practice module (a leader's practice figures, month by month): its routes, and
 * its service for a report of the viewer's own figures. It reads conversations and commitments
 * only through their modules' faces, and holds nothing.
 */
export { practiceRoutes } from "./practice.routes";
export { practiceService } from "./practice.service";
