/** The face of the invitations module: what other modules, app.ts and the jobs may use. */

export { invitationRoutes } from "./invitation.routes";
export {
  type Admission,
  admission,
  admit,
  forgetLongExpiredInvitations,
  INVITATION_DAYS,
  openInvitations,
} from "./invitation.service";
export { deadLinkError, invitationState, openState, unknownLinkError } from "./invitation-state";
