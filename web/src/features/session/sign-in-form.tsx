import { useNavigate } from "react-router";
import { signInBody } from "#contracts/auth";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { useSignIn } from "./session.hooks";

export function SignInForm({ next, onAttempt }: { next: string; onAttempt?: () => void }) {
  const signIn = useSignIn();
  const navigate = useNavigate();
  const form = useSchemaForm({ schema: signInBody, labels: { email: "Email", password: "Password" } });

  return (
    <Form
      form={form}
      onSubmitCapture={onAttempt}
      onSubmit={async (input) => {
        await signIn.mutateAsync(input);
        void navigate(next, { replace: true });
      }}
    >
      <TextField name="email" type="email" autoComplete="username" spellCheck={false} />
      <TextField name="password" type="password" autoComplete="current-password" />
      <Submit pendingLabel="Signing in…">Sign in</Submit>
    </Form>
  );
}
