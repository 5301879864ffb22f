import { Link, useParams } from "react-router";
import { ErrorMessage, Loading } from "../components/messages";
import { AcceptSignedIn, AcceptSignedOut } from "../features/invitations/accept-invitation-form";
import { useInvitationPreview } from "../features/invitations/invitations.hooks";
import { useMe } from "../features/session/session.hooks";
import { errorMessage, isApiError } from "../lib/api";
import { formatDate, roleLabel } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";

export function AcceptInvitationPage() {
  const { token = "" } = useParams();
  const preview = useInvitationPreview(token);
  const me = useMe();
  usePageTitle(preview.data ? `Join ${preview.data.teamName}` : "Invitation");

  if (preview.isPending || me.isPending) return <Loading label="Opening your invitation…" />;
  if (preview.isError) {
    const status = isApiError(preview.error) ? preview.error.status : 0;
    const expected = status === 404 || status === 410 || status === 400;
    return (
      <div className="page page--narrow">
        <h1>This invitation cannot be used</h1>
        {expected ? (
          <p className="notice notice--plain">{errorMessage(preview.error)}</p>
        ) : (
          <ErrorMessage>{errorMessage(preview.error)}</ErrorMessage>
        )}
        <p>
          Ask the person who invited you for a new link, or <Link to="/signin">sign in</Link> if you already
          have an account.
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
