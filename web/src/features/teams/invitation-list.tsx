import { Button } from "../../components/button";
import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate, roleLabel } from "../../lib/format";
import type { OpenInvitation } from "./teams.api";
import { useTeamInvitations } from "./teams.hooks";

/** The team's open invitations, pending and expired, for those who manage the team. */
export function InvitationList({ teamId }: { teamId: string }) {
  const invitations = useTeamInvitations(teamId);
  const count = invitations.data?.invitations.length;
  return (
    <section className="panel" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">
        Invitations {count === undefined ? null : <span className="count">({count})</span>}
      </h2>
      {invitations.isPending ? <Loading label="Loading invitations…" /> : null}
      {invitations.isError ? (
        <>
          <ErrorMessage>{errorMessage(invitations.error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void invitations.refetch()}>
            Try again
          </Button>
        </>
      ) : null}
      {invitations.data?.invitations.length === 0 ? (
        <p className="empty">No one is waiting to join.</p>
      ) : null}
      {invitations.data && invitations.data.invitations.length > 0 ? (
        <ul className="people" aria-labelledby="invitations-heading">
          {invitations.data.invitations.map((invitation) => (
            <InvitationRow key={invitation.id} invitation={invitation} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function InvitationRow({ invitation }: { invitation: OpenInvitation }) {
  const expired = invitation.status === "expired";
  return (
    <li className="person">
      <span className="avatar avatar--pending" aria-hidden="true">
        …
      </span>
      <span className="person__text">
        <span className="person__name">{invitation.email}</span>
        <span className="person__email">
          {roleLabel(invitation.role)} ·{" "}
          {expired
            ? `expired ${formatDate(invitation.expiresAt)}`
            : `expires ${formatDate(invitation.expiresAt)}`}
        </span>
      </span>
      {expired ? <span className="badge badge--warning">Expired</span> : null}
    </li>
  );
}
