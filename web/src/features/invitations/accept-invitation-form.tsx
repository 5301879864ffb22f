import { Link, useNavigate } from "react-router";
import { acceptInvitationBody } from "#contracts/invitations";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { ErrorMessage } from "../../components/messages";
import { useSchemaForm } from "../../lib/forms";
import type { Me } from "../session/session.api";
import { useSignOut } from "../session/session.hooks";
import type { InvitationPreview } from "./invitations.api";
import { useAcceptInvitation } from "./invitations.hooks";

interface Props {
  token: string;
  preview: InvitationPreview;
}

const signInLink = (token: string) => `/signin?next=${encodeURIComponent(`/invitations/${token}`)}`;

/**
 * Signed out, the invitation offers both ways in without saying which applies: sign in with an
 * existing account (then come back here), or create one. Rapport never tells whoever holds the
 * link whether the address already has an account.
 */
export function AcceptSignedOut({ token, preview }: Props) {
  return (
    <>
      <section className="panel" aria-labelledby="have-account">
        <h2 id="have-account">Already use Rapport as {preview.email}?</h2>
        <p>Sign in with that account, then accept here.</p>
        <Link className="button button--secondary" to={signInLink(token)}>
          Sign in to accept
        </Link>
      </section>
      <section className="panel" aria-labelledby="new-account">
        <h2 id="new-account">New to Rapport?</h2>
        <CreateAccountForm token={token} preview={preview} />
      </section>
    </>
  );
}

/** The new account's name and password: the contract's optional fields, both required here. */
const newAccount = acceptInvitationBody.unwrap().unwrap().required();
const newAccountLabels = { name: "Your name", password: "Choose a password" };

function CreateAccountForm({ token, preview }: Props) {
  const accept = useAcceptInvitation(token);
  const navigate = useNavigate();
  const form = useSchemaForm({ schema: newAccount, labels: newAccountLabels });

  return (
    <Form
      form={form}
      onSubmit={async (input) => {
        await accept.mutateAsync(input);
        void navigate("/", { state: { joined: preview.teamName } });
      }}
      errorAction={(code) =>
        code === "sign_in_required" ? (
          <>
            {" "}
            <Link to={signInLink(token)}>Sign in</Link>
          </>
        ) : null
      }
    >
      <div className="field">
        <span className="field__static-label">Email</span>
        <span className="field__static">{preview.email}</span>
      </div>
      <TextField name="name" autoComplete="name" maxLength={100} />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a strong one."
      />
      <Submit pendingLabel="Joining…">Create my account and join {preview.teamName}</Submit>
    </Form>
  );
}

/** Signed in: join as yourself when the invitation is for your address, else sign out first. */
export function AcceptSignedIn({ token, preview, me }: Props & { me: Me }) {
  const accept = useAcceptInvitation(token);
  const signOut = useSignOut(`/invitations/${token}`);
  const navigate = useNavigate();
  if (me.user.email !== preview.email) {
    return (
      <section className="panel">
        <p>
          You are signed in as <strong>{me.user.email}</strong>, but this invitation is for{" "}
          <strong>{preview.email}</strong>. Sign out, then accept it as {preview.email}.
        </p>
        <ErrorMessage>{signOut.error ? "Signing out did not work. Try again." : null}</ErrorMessage>
        <Button onClick={() => signOut.mutate()} pending={signOut.isPending} pendingLabel="Signing out…">
          Sign out
        </Button>
      </section>
    );
  }
  return (
    <section className="panel">
      <p>
        You are signed in as <strong dir="auto">{me.user.name}</strong> ({me.user.email}).
      </p>
      <ErrorMessage>{accept.error ? accept.error.message : null}</ErrorMessage>
      <Button
        onClick={() =>
          accept.mutate({}, { onSuccess: () => void navigate("/", { state: { joined: preview.teamName } }) })
        }
        pending={accept.isPending}
        pendingLabel="Joining…"
      >
        Join {preview.teamName}
      </Button>
    </section>
  );
}
