import { Navigate, useLocation, useSearchParams } from "react-router";
import { StatusMessage } from "../components/messages";
import { useMe } from "../features/session/session.hooks";
import { SignInForm, safeNext } from "../features/session/sign-in-form";
import { usePageTitle } from "../lib/use-page-title";

const isSignedOutState = (state: unknown): boolean =>
  typeof state === "object" && state !== null && "signedOut" in state && state.signedOut === true;

export function SignInPage() {
  usePageTitle("Sign in");
  const [params] = useSearchParams();
  const location = useLocation();
  const next = safeNext(params.get("next"));
  const me = useMe();

  if (me.isSuccess) return <Navigate to={next} replace />;
  return (
    <div className="page page--narrow">
      <h1>Sign in</h1>
      <StatusMessage>
        {isSignedOutState(location.state) ? "You are signed out. See you soon." : null}
      </StatusMessage>
      <div className="panel">
        <SignInForm next={next} />
      </div>
      <p className="fine-print">New here? Ask the person who leads your team for an invitation link.</p>
    </div>
  );
}
