/** The face of the invitations module: what other modules, app.ts and the jobs may use. */

export { invitationRoutes } from "./invitation.routes";
export { forgetLongExpiredInvitations, openInvitations } from "./invitation.service";
