import { useEffect, useRef } from "react";
import type { MadeResetLink } from "#contracts/auth";
import { CopyField } from "../../components/copy-field";
import { formatDateTime } from "../../lib/format";

/** A reset link an admin made, to copy and hand over; says what it does and until when. */
export function ResetLinkResult({ name, link }: { name: string; link: MadeResetLink }) {
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Move focus to the result so keyboard users find the link right after making it.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="result" data-testid="reset-link-result">
      <h2 ref={headingRef} tabIndex={-1}>
        Reset link for {name}
      </h2>
      <p>
        Give this link to {name} yourself. With it they choose a new password, and every session they have
        open ends. You do not see or choose the password.
      </p>
      <CopyField label={`Password reset link for ${name}`} value={link.url} what="link" />
      <p className="fine-print">Works once · until {formatDateTime(link.expiresAt)}</p>
    </div>
  );
}
