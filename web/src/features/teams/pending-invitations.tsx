import { formatDate, roleLabel } from "../../lib/format";
import type { PendingInvitation } from "./teams.api";

export function PendingInvitations({ invitations }: { invitations: PendingInvitation[] }) {
  return (
    <section className="panel" aria-labelledby="pending-heading">
      <h2 id="pending-heading">
        Pending invitations <span className="count">({invitations.length})</span>
      </h2>
      {invitations.length === 0 ? (
        <p className="empty">No one is waiting to join.</p>
      ) : (
        <ul className="people" aria-labelledby="pending-heading">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="person">
              <span className="avatar avatar--pending" aria-hidden="true">
                …
              </span>
              <span className="person__text">
                <span className="person__name">{invitation.email}</span>
                <span className="person__email">
                  {roleLabel(invitation.role)} · expires {formatDate(invitation.expiresAt)}
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
