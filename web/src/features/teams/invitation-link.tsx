import { useEffect, useRef } from "react";
import { CopyField } from "../../components/copy-field";
import { formatDate, roleLabel } from "../../lib/format";

/** What the link screen needs of a new invitation, a team's or a coach's. */
export interface LinkedInvitation {
  email: string;
  url: string;
  emailed: boolean;
  expiresAt: string;
}

/** What accepting a team's invitation makes someone, for the link's fine print. */
export const joinsAs = (role: "leader" | "member") => `Joins as ${roleLabel(role).toLowerCase()}`;

/**
 * The invitation's link, to copy and share; says plainly whether it was also emailed. `renewed`:
 * the link replaces an earlier one, which no longer works. `joinsAs`: what accepting makes them
 * ("Joins as member", "Coaches you").
 */
export function InvitationLink({
  invitation,
  joinsAs,
  renewed = false,
}: {
  invitation: LinkedInvitation;
  joinsAs: string;
  renewed?: boolean;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the result so keyboard users find the link right after creating it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="result" data-testid={renewed ? "renewed-invitation" : "invitation-result"}>
      <h3 ref={headingRef} tabIndex={-1}>
        {renewed ? `New link for ${invitation.email}` : `Invitation ready for ${invitation.email}`}
      </h3>
      {renewed ? <p>The earlier link no longer works: share this one instead.</p> : null}
      <p>
        {invitation.emailed
          ? `We emailed the link to ${invitation.email}. You can also share it yourself.`
          : `Email is not set up on this server, so nothing was sent. Share this link with ${invitation.email} yourself.`}
      </p>
      <CopyField
        label={`${renewed ? "New invitation" : "Invitation"} link for ${invitation.email}`}
        value={invitation.url}
        what="link"
      />
      <p className="fine-print">
        {joinsAs} · works once · expires {formatDate(invitation.expiresAt)}
      </p>
    </div>
  );
}
