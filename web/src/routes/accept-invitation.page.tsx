import { useParams } from "react-router";
import { InvitationScreen } from "../features/invitations/accept-invitation-form";
import { useAcceptInvitation, useInvitationPreview } from "../features/invitations/invitations.hooks";
import { roleLabel } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";

export function AcceptInvitationPage() {
  const { token = "" } = useParams();
  const preview = useInvitationPreview(token);
  const accept = useAcceptInvitation(token);
  usePageTitle(preview.data ? `Join ${preview.data.teamName}` : "Invitation");

  return (
    <InvitationScreen
      preview={preview}
      heading={(data) => `Join ${data.teamName}`}
      acceptance={(data) => ({
        path: `/invitations/${token}`,
        email: data.email,
        joinLabel: `Join ${data.teamName}`,
        accept,
        next: { to: "/", state: { joined: data.teamName } },
      })}
    >
      {(data) => (
        <p className="lede">
          You are invited to join <strong>{data.teamName}</strong> in {data.workspaceName} as a{" "}
          {roleLabel(data.role).toLowerCase()}. Rapport helps your team's leader understand how you like to
          work, and what you share stays in your control.
        </p>
      )}
    </InvitationScreen>
  );
}
