import { useState } from "react";
import { Link, Navigate, useSearchParams } from "react-router";
import { StatusMessage } from "../components/messages";
import { useMe } from "../features/session/session.hooks";
import { SignInForm } from "../features/session/sign-in-form";
import { safeNext } from "../lib/safe-next";
import { hasFlag, useArrivalState } from "../lib/use-arrival-state";
import { usePageTitle } from "../lib/use-page-title";

export function SignInPage() {
  usePageTitle("Sign in");
  const [params] = useSearchParams();
  const next = safeNext(params.get("next"));
  const arrival = useArrivalState();
  const signedOut = hasFlag(arrival, "signedOut");
  const accountDeleted = hasFlag(arrival, "accountDeleted");
  // The farewell only makes sense until the person tries to sign in again.
  const [attempted, setAttempted] = useState(false);
  const me = useMe();
  // Arriving from an invitation's "Sign in to accept": say where signing in leads.
  const fromInvitation = next.startsWith("/invitations/");

  if (me.isSuccess) return <Navigate to={next} replace />;
  return (
    <div className="page page--narrow">
      <h1>Sign in</h1>
      {fromInvitation ? (
        <p className="lede">
          Sign in with your account, and you will come back to your invitation to accept it.
        </p>
      ) : null}
      <StatusMessage>
        {attempted
          ? null
          : accountDeleted
            ? "Your account is deleted. Thank you for the time you spent with Rapport."
            : signedOut
              ? "You are signed out. See you soon."
              : null}
      </StatusMessage>
      <div className="panel">
        <SignInForm next={next} onAttempt={() => setAttempted(true)} />
        <p className="fine-print link-line">
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
      </div>
      {fromInvitation ? (
        <p className="fine-print">
          No account yet? <Link to={next}>Go back to the invitation</Link> and create one there.
        </p>
      ) : (
        <p className="fine-print">New here? Ask the person who leads your team for an invitation link.</p>
      )}
    </div>
  );
}
