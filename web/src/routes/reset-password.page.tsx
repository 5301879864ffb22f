import { useEffect, useRef, useState } from "react";
import { Link, useLocation, useNavigate } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading } from "../components/messages";
import { NewPasswordForm } from "../features/password-reset/new-password-form";
import { useResetLink } from "../features/password-reset/password-reset.hooks";
import { SecondStepForm } from "../features/second-factor/second-step-form";
import { useMe, useSignOut } from "../features/session/session.hooks";
import { errorMessage, isApiError } from "../lib/api";
import { formatDateTime } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";

/**
 * Where a reset link leads: `/reset-password#<token>`. The token is read from the fragment, which
 * the browser never sends to the server, and goes to the API in request bodies.
 */
export function ResetPasswordPage() {
  usePageTitle("Set a new password");
  const { pathname, hash } = useLocation();
  const token = hash.replace(/^#/, "");
  const [done, setDone] = useState<"signed-in" | "secondFactor" | null>(null);
  const link = useResetLink(token, done === null);
  const me = useMe();
  const signOut = useSignOut(`${pathname}${hash}`);

  if (done) return <PasswordSet asksCode={done === "secondFactor"} />;
  if (token === "") {
    return (
      <CannotUse message="This page needs the whole link from your mail, or from the admin who made it for you." />
    );
  }
  if (link.isPending || me.isPending) return <Loading label="Opening your link…" />;
  if (link.isError) {
    const status = isApiError(link.error) ? link.error.status : 0;
    const expected = status === 400 || status === 404 || status === 410;
    return <CannotUse message={errorMessage(link.error)} unexpected={!expected} />;
  }
  const { data } = link;
  const someoneElse = me.data && me.data.user.email !== data.email ? me.data.user : null;
  return (
    <div className="page page--narrow">
      <h1>Set a new password</h1>
      <p className="lede">
        For <strong dir="auto">{data.name}</strong> ({data.email}). Once it is set, you are signed in here
        (after a code from your app, if you use two-step sign-in) and signed out everywhere else.
      </p>
      {someoneElse ? (
        <div className="notice notice--plain">
          <p>
            You are signed in as <span dir="auto">{someoneElse.name}</span> ({someoneElse.email}). Sign out
            first to use this link.
          </p>
          <Button variant="secondary" pending={signOut.isPending} onClick={() => signOut.mutate()}>
            Sign out
          </Button>
        </div>
      ) : (
        <div className="panel">
          <NewPasswordForm token={token} email={data.email} onDone={setDone} />
        </div>
      )}
      <p className="fine-print">This link works once, until {formatDateTime(data.expiresAt)}.</p>
    </div>
  );
}

function CannotUse({ message, unexpected = false }: { message: string; unexpected?: boolean }) {
  return (
    <div className="page page--narrow">
      <h1>This link cannot be used</h1>
      {unexpected ? (
        <ErrorMessage>{message}</ErrorMessage>
      ) : (
        <p className="notice notice--plain">{message}</p>
      )}
      <p>
        <Link to="/forgot-password">Ask for a new link</Link>, or <Link to="/signin">sign in</Link> if you
        know your password.
      </p>
    </div>
  );
}

function PasswordSet({ asksCode }: { asksCode: boolean }) {
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div className="page page--narrow">
      <h1 ref={headingRef} tabIndex={-1}>
        Your new password is set
      </h1>
      {asksCode ? (
        <>
          <p className="notice notice--success">
            Every session of yours has ended. One more step signs you in here.
          </p>
          <div className="panel">
            <SecondStepForm
              onSignedIn={() => void navigate("/", { replace: true })}
              onRestart={() => undefined}
            />
          </div>
        </>
      ) : (
        <>
          <p className="notice notice--success">
            You are signed in here, and every other session of yours has ended.
          </p>
          <p>
            <Link to="/" className="button button--primary">
              Continue to Rapport
            </Link>
          </p>
        </>
      )}
    </div>
  );
}
