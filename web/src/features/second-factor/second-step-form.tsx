import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { secondFactorSignInBody } from "#contracts/second-factor";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { useSecondFactorSignIn } from "./second-factor.hooks";

/**
 * The second step of signing in, after a right password: a code from the app or a recovery code.
 * The first step lasts five minutes; after that the server says so, and the person starts again.
 */
export function SecondStepForm({ onSignedIn, onRestart }: { onSignedIn: () => void; onRestart: () => void }) {
  const signIn = useSecondFactorSignIn();
  const form = useSchemaForm({
    schema: secondFactorSignInBody,
    labels: { code: "Code from your app" },
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <>
      <h2 ref={headingRef} tabIndex={-1}>
        Two-step sign-in
      </h2>
      <p>Your password is right. Type the six-digit code your authenticator app shows for Rapport.</p>
      <Form
        form={form}
        errorAction={(code) =>
          code === "second_factor_expired" ? (
            <>
              {" "}
              <Link to="/signin" onClick={onRestart}>
                Sign in again
              </Link>
            </>
          ) : null
        }
        onSubmit={async ({ code }) => {
          await signIn.mutateAsync(code);
          onSignedIn();
        }}
      >
        <TextField
          name="code"
          autoComplete="one-time-code"
          spellCheck={false}
          hint="Lost your phone? Type one of your recovery codes instead; each works once."
        />
        <Submit pendingLabel="Checking…">Sign in</Submit>
      </Form>
    </>
  );
}
