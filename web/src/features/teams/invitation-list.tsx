import { useRef, useState } from "react";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { ErrorMessage, Loading, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formatDate, roleLabel } from "../../lib/format";
import { InvitationLink, joinsAs } from "./invitation-link";
import type { CreatedInvitation, OpenInvitation } from "./teams.api";
import { useRenewInvitation, useRevokeInvitation, useTeamInvitations } from "./teams.hooks";

/**
 * The team's open invitations, for those who manage the team: pending ones and expired ones, each
 * to renew (a fresh link, shown here to copy; the old one stops working) or to withdraw.
 */
export function InvitationList({ teamId }: { teamId: string }) {
  const invitations = useTeamInvitations(teamId);
  const revoke = useRevokeInvitation(teamId);
  const renew = useRenewInvitation(teamId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [renewed, setRenewed] = useState<CreatedInvitation | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = invitations.data?.invitations;

  const withdraw = (invitation: OpenInvitation) =>
    revoke.mutate(invitation.id, {
      onSuccess: () => {
        setConfirming(null);
        if (renewed?.id === invitation.id) setRenewed(null);
        setStatus(`The invitation for ${invitation.email} is withdrawn: its link no longer works.`);
        // The row is gone with its buttons: keep the keyboard in this list.
        headingRef.current?.focus();
      },
    });

  return (
    <section className="panel" aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" ref={headingRef} tabIndex={-1}>
        Invitations {rows ? <span className="count">({rows.length})</span> : null}
      </h2>
      <StatusMessage>{status}</StatusMessage>
      {invitations.isPending ? <Loading label="Loading invitations…" /> : null}
      {invitations.isError ? (
        <>
          <ErrorMessage>{errorMessage(invitations.error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void invitations.refetch()}>
            Try again
          </Button>
        </>
      ) : null}
      {rows?.length === 0 ? <p className="empty">No one is waiting to join.</p> : null}
      {rows && rows.length > 0 ? (
        <>
          <ul className="people" aria-labelledby="invitations-heading">
            {rows.map((invitation) => (
              <li key={invitation.id} className="person person--with-actions">
                <InvitationSummary invitation={invitation} />
                {confirming === invitation.id ? (
                  <Confirm
                    confirmLabel="Withdraw invitation"
                    pendingLabel="Withdrawing…"
                    pending={revoke.isPending}
                    error={revoke.isError ? errorMessage(revoke.error) : null}
                    onConfirm={() => withdraw(invitation)}
                    onKeep={() => setConfirming(null)}
                  >
                    Withdraw the invitation for {invitation.email}? Its link stops working at once. You can
                    invite the address again later.
                  </Confirm>
                ) : (
                  <div className="person__actions">
                    <Button
                      variant={invitation.status === "expired" ? "primary" : "secondary"}
                      pending={renew.isPending && renew.variables === invitation.id}
                      pendingLabel="Renewing…"
                      aria-label={`Renew the invitation for ${invitation.email}`}
                      onClick={() =>
                        renew.mutate(invitation.id, {
                          onSuccess: (fresh) => {
                            setStatus(null);
                            setRenewed(fresh);
                          },
                        })
                      }
                    >
                      Renew
                    </Button>
                    <Button
                      variant="quiet"
                      aria-label={`Withdraw the invitation for ${invitation.email}`}
                      onClick={() => {
                        revoke.reset();
                        setConfirming(invitation.id);
                      }}
                    >
                      Withdraw
                    </Button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          <p className="fine-print">
            Renewing gives a fresh link that works for seven days; the old link stops working.
          </p>
        </>
      ) : null}
      <ErrorMessage>{renew.isError ? errorMessage(renew.error) : null}</ErrorMessage>
      {renewed ? (
        <InvitationLink key={renewed.url} invitation={renewed} joinsAs={joinsAs(renewed.role)} renewed />
      ) : null}
    </section>
  );
}

function InvitationSummary({ invitation }: { invitation: OpenInvitation }) {
  const expired = invitation.status === "expired";
  return (
    <>
      <span className="avatar avatar--pending" aria-hidden="true">
        …
      </span>
      <span className="person__text">
        <span className="person__name">{invitation.email}</span>
        <span className="person__email">
          {roleLabel(invitation.role)} · {expired ? "expired" : "expires"} {formatDate(invitation.expiresAt)}
        </span>
      </span>
      {expired ? <span className="badge badge--warning">Expired</span> : null}
    </>
  );
}
