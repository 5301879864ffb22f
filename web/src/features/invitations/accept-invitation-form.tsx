import type { ReactNode } from "react";
import { Link, useNavigate } from "react-router";
import { acceptInvitationBody } from "#contracts/invitations";
import { Button } from "../../components/button";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage, isApiError } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import type { Me } from "../session/session.api";
import { useMe, useSignOut } from "../session/session.hooks";

/** A new account's name and password, or nothing when signed in as the invited address. */
type AcceptBody = { name?: string; password?: string };

/** The request that accepts, as a feature's mutation hook gives it. */
interface AcceptRequest {
  mutateAsync: (input: AcceptBody) => Promise<unknown>;
  isPending: boolean;
  error: Error | null;
}

/**
 * What accepting one kind of invitation takes: a team's (`/invitations/:token`) or a coach's
 * (`/coach-invitations/:token`). The screens below are the same for both.
 */
export interface Acceptance {
  /** The invitation's own page, to come back to after signing in or out. */
  path: string;
  /** The invited address. */
  email: string;
  /** The button's words: "Join Platform", "Start coaching Ada". */
  joinLabel: string;
  /** The request that accepts, from the feature's hooks. */
  accept: AcceptRequest;
  /** Where the app goes once accepted, and what it tells the screen there. */
  next: { to: string; state?: unknown };
}

const signInLink = (path: string) => `/signin?next=${encodeURIComponent(path)}`;

/**
 * Signed out, the invitation offers both ways in without saying which applies: sign in with an
 * existing account (then come back here), or create one. Rapport never tells whoever holds the
 * link whether the address already has an account.
 */
export function AcceptSignedOut({ acceptance }: { acceptance: Acceptance }) {
  return (
    <>
      <section className="panel" aria-labelledby="have-account">
        <h2 id="have-account">Already use Rapport as {acceptance.email}?</h2>
        <p>Sign in with that account, then accept here.</p>
        <Link className="button button--secondary" to={signInLink(acceptance.path)}>
          Sign in to accept
        </Link>
      </section>
      <section className="panel" aria-labelledby="new-account">
        <h2 id="new-account">New to Rapport?</h2>
        <CreateAccountForm acceptance={acceptance} />
      </section>
    </>
  );
}

/**
 * The new account's name and password: the contract's optional fields, both required here (a
 * coach's invitation takes the same two fields, `acceptCoachInvitationBody`).
 */
const newAccount = acceptInvitationBody.unwrap().unwrap().required();
const newAccountLabels = { name: "Your name", password: "Choose a password" };

function CreateAccountForm({ acceptance }: { acceptance: Acceptance }) {
  const navigate = useNavigate();
  const form = useSchemaForm({ schema: newAccount, labels: newAccountLabels });

  return (
    <Form
      form={form}
      onSubmit={async (input) => {
        await acceptance.accept.mutateAsync(input);
        void navigate(acceptance.next.to, { state: acceptance.next.state });
      }}
      errorAction={(code) =>
        code === "sign_in_required" ? (
          <>
            {" "}
            <Link to={signInLink(acceptance.path)}>Sign in</Link>
          </>
        ) : null
      }
    >
      <div className="field">
        <span className="field__static-label">Email</span>
        <span className="field__static">{acceptance.email}</span>
      </div>
      <TextField name="name" autoComplete="name" maxLength={100} />
      <TextField
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a strong one."
      />
      <Submit pendingLabel="Joining…">Create my account and {lowerFirst(acceptance.joinLabel)}</Submit>
    </Form>
  );
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/** Signed in: accept as yourself when the invitation is for your address, else sign out first. */
export function AcceptSignedIn({ acceptance, me }: { acceptance: Acceptance; me: Me }) {
  const { accept } = acceptance;
  const signOut = useSignOut(acceptance.path);
  const navigate = useNavigate();
  if (me.user.email !== acceptance.email) {
    return (
      <section className="panel">
        <p>
          You are signed in as <strong>{me.user.email}</strong>, but this invitation is for{" "}
          <strong>{acceptance.email}</strong>. Sign out, then accept it as {acceptance.email}.
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
          accept.mutateAsync({}).then(
            () => navigate(acceptance.next.to, { state: acceptance.next.state }),
            // The request's error is shown above the button.
            () => undefined,
          )
        }
        pending={accept.isPending}
        pendingLabel="Joining…"
      >
        {acceptance.joinLabel}
      </Button>
    </section>
  );
}

/**
 * What a dead link is, by the server's error code; the server's message then says what to do. Every
 * code here is one the preview answers (server/src/modules/invitations/invitation-state.ts).
 */
const DEAD_LINK_HEADINGS: Record<string, string> = {
  invitation_used: "Invitation already used",
  invitation_revoked: "Invitation withdrawn",
  invitation_replaced: "Link replaced",
  invitation_expired: "Invitation expired",
  not_found: "Link not recognised",
};

/** An invitation whose preview failed: a used, withdrawn, replaced or expired link, or a mistyped one. */
export function DeadInvitation({ error }: { error: Error }) {
  const apiError = isApiError(error) ? error : null;
  const heading =
    apiError?.status === 400 ? DEAD_LINK_HEADINGS.not_found : apiError && DEAD_LINK_HEADINGS[apiError.code];
  return (
    <div className="page page--narrow">
      <h1>{heading ?? "This invitation cannot be opened"}</h1>
      {heading ? (
        <p className="notice notice--plain">
          {apiError?.status === 400
            ? "Check that you copied all of the link, or ask the person who invited you for a new one."
            : errorMessage(error)}
        </p>
      ) : (
        <ErrorMessage>{errorMessage(error)}</ErrorMessage>
      )}
      <p>
        Already use Rapport? <Link to="/signin">Sign in</Link>.
      </p>
    </div>
  );
}

/** What every invitation's preview holds. */
interface Previewed {
  workspaceName: string;
  email: string;
  expiresAt: string;
}

/**
 * An invitation's page, a team's or a coach's: while the preview loads, a dead link's reason, or
 * the workspace, the heading, what the invitation is (`children`), the ways to accept and when the
 * link expires.
 */
export function InvitationScreen<Preview extends Previewed>({
  preview,
  heading,
  acceptance,
  children,
}: {
  preview: { isPending: boolean; error: Error | null; data: Preview | undefined };
  heading: (data: Preview) => ReactNode;
  acceptance: (data: Preview) => Acceptance;
  children: (data: Preview) => ReactNode;
}) {
  const me = useMe();
  if (preview.isPending || me.isPending) return <Loading label="Opening your invitation…" />;
  if (preview.error || !preview.data)
    return <DeadInvitation error={preview.error ?? new Error("No invitation.")} />;
  const { data } = preview;
  return (
    <div className="page page--narrow">
      <p className="eyebrow">{data.workspaceName}</p>
      <h1>{heading(data)}</h1>
      {children(data)}
      {me.data ? (
        <AcceptSignedIn acceptance={acceptance(data)} me={me.data} />
      ) : (
        <AcceptSignedOut acceptance={acceptance(data)} />
      )}
      <p className="fine-print">This link works once and expires on {formatDate(data.expiresAt)}.</p>
    </div>
  );
}
