import { useEffect, useId, useRef, useState } from "react";
import { Button } from "../../components/button";
import { StatusMessage } from "../../components/messages";
import { formatDate, roleLabel } from "../../lib/format";
import type { CreatedInvitation } from "./teams.api";

/** The invitation's link, to copy and share; says plainly whether it was also emailed. */
export function InvitationLink({ invitation }: { invitation: CreatedInvitation }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [copyStatus, setCopyStatus] = useState<string | null>(null);

  // Move focus to the result so keyboard users find the link right after creating it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopyStatus("Link copied.");
    } catch {
      inputRef.current?.select();
      setCopyStatus("Copying is blocked here: the link is selected, press Ctrl+C (⌘C on a Mac).");
    }
  };

  return (
    <div className="result" data-testid="invitation-result">
      <h3 ref={headingRef} tabIndex={-1}>
        Invitation ready for {invitation.email}
      </h3>
      <p>
        {invitation.emailed
          ? `We emailed the link to ${invitation.email}. You can also share it yourself.`
          : `Email is not set up on this server, so nothing was sent. Share this link with ${invitation.email} yourself.`}
      </p>
      <div className="copy-row">
        <label htmlFor={inputId} className="visually-hidden">
          Invitation link for {invitation.email}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          className="copy-row__input"
          readOnly
          value={invitation.url}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          Copy link
        </Button>
      </div>
      <p className="fine-print">
        Joins as {roleLabel(invitation.role).toLowerCase()} · works once · expires{" "}
        {formatDate(invitation.expiresAt)}
      </p>
      <StatusMessage>{copyStatus}</StatusMessage>
    </div>
  );
}
