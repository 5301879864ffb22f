import { useState } from "react";
import { useNavigate } from "react-router";
import { signInBody } from "#contracts/auth";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { SecondStepForm } from "../second-factor/second-step-form";
import { useSignIn } from "./session.hooks";

/** Email and password; for someone who uses two-step sign-in, then a code from their app. */
export function SignInForm({ next, onAttempt }: { next: string; onAttempt?: () => void }) {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const form = useSchemaForm({ schema: signInBody, labels: { email: "Email", password: "Password" } });
  const [asksCode, setAsksCode] = useState(false);

  if (asksCode) {
    return (
      <SecondStepForm
        onSignedIn={() => void navigate(next, { replace: true })}
        onRestart={() => {
          form.reset();
          setAsksCode(false);
        }}
      />
    );
  }
  return (
    <Form
      form={form}
      onSubmitCapture={onAttempt}
      onSubmit={async (input) => {
        const result = await signIn.mutateAsync(input);
        if ("secondFactor" in result) setAsksCode(true);
        else void navigate(next, { replace: true });
      }}
    >
      <TextField name="email" type="email" autoComplete="username" spellCheck={false} />
      <TextField name="password" type="password" autoComplete="current-password" />
      <Submit pendingLabel="Signing in…">Sign in</Submit>
    </Form>
  );
}
