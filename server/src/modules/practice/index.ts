/**
 * The face of the practice module (a leader's practice figures, month by month): its routes, and
 * its service for a report of the viewer's own figures. It reads conversations and commitments
 * only through their modules' faces, and holds nothing. A coach granted a leader's practice reads
 * it here (`practiceDataOf`, `practiceFrom`): the figures as the leader sees them, and the data a
 * practice assignment is measured on.
 */
export { practiceRoutes } from "./practice.routes";
export {
  type PracticeData,
  type PracticeSubject,
  practiceDataOf,
  practiceFrom,
  practiceService,
} from "./practice.service";
