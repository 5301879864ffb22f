import { useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import { Button } from "../components/button";
import { ErrorMessage, Loading } from "../components/messages";
import { ForgotPasswordForm } from "../features/password-reset/forgot-password-form";
import { useResetOptions } from "../features/password-reset/password-reset.hooks";
import { errorMessage } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";

/**
 * Asking for a reset link. What follows is said alike for every address, with an account or
 * without: the server answers them the same.
 */
export function ForgotPasswordPage() {
  usePageTitle("Forgot your password?");
  const options = useResetOptions();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);

  // Keyboard and screen reader users land on the outcome once the form is gone.
  useEffect(() => {
    if (sentTo) resultRef.current?.focus();
  }, [sentTo]);

  const minutes = options.data?.validMinutes ?? 60;
  return (
    <div className="page page--narrow">
      <h1>Forgot your password?</h1>
      {options.isPending ? <Loading label="Loading…" /> : null}
      {options.isError ? (
        <>
          <ErrorMessage>{errorMessage(options.error)}</ErrorMessage>
          <Button variant="secondary" onClick={() => void options.refetch()}>
            Try again
          </Button>
        </>
      ) : null}
      {options.data && !options.data.byMail ? (
        <p className="notice notice--plain">
          This Rapport server does not send mail, so it cannot send you a link. Ask an admin of your workspace
          for a reset link: they make one on the People page. It works once, for {minutes} minutes.
        </p>
      ) : null}
      {options.data?.byMail && sentTo === null ? (
        <>
          <p className="lede">
            Enter the email address you sign in with, and Rapport sends it a link to set a new password. The
            link works once, for {minutes} minutes.
          </p>
          <div className="panel">
            <ForgotPasswordForm onSent={setSentTo} />
          </div>
        </>
      ) : null}
      {sentTo !== null ? (
        <div className="panel">
          <h2 ref={resultRef} tabIndex={-1}>
            Check your mail
          </h2>
          <p>
            If an account uses <strong>{sentTo}</strong>, a link to set a new password is on its way there. It
            works once, for {minutes} minutes.
          </p>
          <p>
            Nothing after a few minutes? Look in your spam folder, check the address, or ask an admin of your
            workspace for a link.
          </p>
          <Button variant="secondary" onClick={() => setSentTo(null)}>
            Use another address
          </Button>
        </div>
      ) : null}
      <p className="fine-print">
        Remembered it? <Link to="/signin">Sign in</Link>
      </p>
    </div>
  );
}
