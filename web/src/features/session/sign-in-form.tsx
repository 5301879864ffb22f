import type { FormEvent } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { ErrorMessage } from "../../components/messages";
import { formText, missingFields, useFormErrors } from "../../lib/field-errors";
import { useSignIn } from "./session.hooks";

const labels = { email: "Email", password: "Password" };

export function SignInForm({ next, onAttempt }: { next: string; onAttempt?: () => void }) {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onAttempt?.();
    const form = event.currentTarget;
    const email = formText(form, "email").trim();
    const password = formText(form, "password");
    const missing = missingFields({ email, password }, labels);
    if (missing) return showFieldErrors(missing);
    clear();
    signIn.mutate(
      { email, password },
      { onSuccess: () => void navigate(next, { replace: true }), onError: showError },
    );
  };

  return (
    <form ref={formRef} className="form" onSubmit={submit} noValidate>
      <ErrorMessage>{formError}</ErrorMessage>
      <Field
        label={labels.email}
        name="email"
        type="email"
        autoComplete="username"
        spellCheck={false}
        error={fieldErrors.email}
      />
      <Field
        label={labels.password}
        name="password"
        type="password"
        autoComplete="current-password"
        error={fieldErrors.password}
      />
      <Button type="submit" pending={signIn.isPending} pendingLabel="Signing in…">
        Sign in
      </Button>
    </form>
  );
}
