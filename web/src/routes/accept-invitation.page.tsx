import { Link, useParams } from "react-router";
import { ErrorMessage, Loading } from "../components/messages";
import { AcceptSignedIn, AcceptSignedOut } from "../features/invitations/accept-invitation-form";
import { useInvitationPreview } from "../features/invitations/invitations.hooks";
import { useMe } from "../features/session/session.hooks";
import { errorMessage, isApiError } from "../lib/api";
import { formatDate, roleLabel } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";

/**
 * What a dead link is, by the server's error code; the server's message then says what to do. Every
 * code here is one the preview answers (server/src/modules/invitations/invitation-state.ts).
 */
const DEAD_LINK_HEADINGS: Record<string, string> = {
  invitation_used: "Invitation already used",
  invitation_revoked: "Invitation withdrawn",
  invitation_replaced: "Link replaced",
  invitation_expired: "Invitation expired",
  not_found: "Link not recognised",
};

export function AcceptInvitationPage() {
  const { token = "" } = useParams();
  const preview = useInvitationPreview(token);
  const me = useMe();
  usePageTitle(preview.data ? `Join ${preview.data.teamName}` : "Invitation");

  if (preview.isPending || me.isPending) return <Loading label="Opening your invitation…" />;
  if (preview.isError) {
    const error = isApiError(preview.error) ? preview.error : null;
    const heading =
      error?.status === 400 ? DEAD_LINK_HEADINGS.not_found : error && DEAD_LINK_HEADINGS[error.code];
    return (
      <div className="page page--narrow">
        <h1>{heading ?? "This invitation cannot be opened"}</h1>
        {heading ? (
          <p className="notice notice--plain">
            {error?.status === 400
              ? "Check that you copied all of the link, or ask the person who invited you for a new one."
              : errorMessage(preview.error)}
          </p>
        ) : (
          <ErrorMessage>{errorMessage(preview.error)}</ErrorMessage>
        )}
        <p>
          Already use Rapport? <Link to="/signin">Sign in</Link>.
        </p>
      </div>
    );
  }
  const { data } = preview;
  return (
    <div className="page page--narrow">
      <p className="eyebrow">{data.workspaceName}</p>
      <h1>Join {data.teamName}</h1>
      <p className="lede">
        You are invited to join <strong>{data.teamName}</strong> in {data.workspaceName} as a{" "}
        {roleLabel(data.role).toLowerCase()}. Rapport helps your team's leader understand how you like to
        work, and what you share stays in your control.
      </p>
      {me.data ? (
        <AcceptSignedIn token={token} preview={data} me={me.data} />
      ) : (
        <AcceptSignedOut token={token} preview={data} />
      )}
      <p className="fine-print">This link works once and expires on {formatDate(data.expiresAt)}.</p>
    </div>
  );
}
