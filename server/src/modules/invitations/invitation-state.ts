import { AppError, gone } from "../../lib/errors";

/**
 * Where an invitation stands. Open ones are `pending` or `expired` (both listed to whoever manages
 * the team, expired ones to renew); `accepted` and `revoked` ones are done with.
 */
export type InvitationState = "pending" | "expired" | "accepted" | "revoked";

interface InvitationDates {
  accepted_at: string | null;
  revoked_at: string | null;
  expires_at: string;
}

export function invitationState(invitation: InvitationDates, now: string): InvitationState {
  if (invitation.accepted_at !== null) return "accepted";
  if (invitation.revoked_at !== null) return "revoked";
  return openState(invitation, now);
}

/** Where an open invitation (neither accepted nor revoked) stands at `now`. */
export function openState(invitation: { expires_at: string }, now: string): "pending" | "expired" {
  return invitation.expires_at <= now ? "expired" : "pending";
}

/** Why a link no longer works: its invitation's state, or `replaced` for a link renewed away. */
export type DeadLink = Exclude<InvitationState, "pending"> | "replaced";

/**
 * The 410 for a link that no longer works, in words the person holding it can act on. Every dead
 * link answers through here, on the preview and on accepting alike; the web shows the message.
 */
export function deadLinkError(why: DeadLink): AppError {
  switch (why) {
    case "accepted":
      return gone("invitation_used", "This invitation has already been used. Sign in, or ask for a new one.");
    case "revoked":
      return gone(
        "invitation_revoked",
        "This invitation was withdrawn, so the link no longer works. If you still expect to join, ask the person who invited you.",
      );
    case "replaced":
      return gone(
        "invitation_replaced",
        "This link was replaced by a newer one. Open the most recent invitation link you were sent, or ask the person who invited you to send it again.",
      );
    case "expired":
      return gone(
        "invitation_expired",
        "This invitation has expired. Ask the person who invited you for a new one.",
      );
  }
}

/** The 404 for a link Rapport does not know (mistyped, cut short, or forgotten long after it ended). */
export const unknownLinkError = () =>
  new AppError(
    404,
    "not_found",
    "This invitation link does not work. Check that you copied all of it, or ask the person who invited you for a new one.",
  );
