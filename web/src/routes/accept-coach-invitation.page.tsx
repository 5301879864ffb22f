import { useParams } from "react-router";
import { useAcceptCoachInvitation, useCoachInvitationPreview } from "../features/coaching/coaching.hooks";
import { GRANT_WORDS } from "../features/coaching/coaching-words";
import { InvitationScreen } from "../features/invitations/accept-invitation-form";
import { usePageTitle } from "../lib/use-page-title";

/** A coach's invitation link: who invites, what they would see, and the ways to accept. */
export function AcceptCoachInvitationPage() {
  const { token = "" } = useParams();
  const preview = useCoachInvitationPreview(token);
  const accept = useAcceptCoachInvitation(token);
  usePageTitle(preview.data ? `Coach ${preview.data.leaderName}` : "Coaching invitation");

  return (
    <InvitationScreen
      preview={preview}
      heading={(data) => (
        <>
          Coach <span dir="auto">{data.leaderName}</span>
        </>
      )}
      acceptance={(data) => ({
        path: `/coach-invitations/${token}`,
        email: data.email,
        joinLabel: `Start coaching ${data.leaderName}`,
        accept,
        next: { to: "/coaching" },
      })}
    >
      {(data) => (
        <>
          <p className="lede">
            <span dir="auto">{data.leaderName}</span> invites you to coach them in {data.workspaceName}. You
            write them notes and set practice assignments; they see them on their home.
          </p>
          <section className="panel" aria-labelledby="grants-heading">
            <h2 id="grants-heading">What you would see</h2>
            {data.grants.length === 0 ? (
              <p>
                Nothing yet: <span dir="auto">{data.leaderName}</span> has not switched on any figures for
                you. They can at any time.
              </p>
            ) : (
              <ul className="grant-preview">
                {data.grants.map((grant) => (
                  <li key={grant}>{GRANT_WORDS[grant].label}</li>
                ))}
              </ul>
            )}
            <p className="fine-print">
              Only figures about the leader's own practice and their teams as a whole: never a member's
              answer, the leader's beliefs, conversation notes, a pulse response or a member's name. The
              leader can switch each off at any time.
            </p>
          </section>
        </>
      )}
    </InvitationScreen>
  );
}
