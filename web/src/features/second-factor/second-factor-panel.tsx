import { useEffect, useRef, useState } from "react";
import { secondFactorConfirmBody, secondFactorDisableBody } from "#contracts/second-factor";
import { Button } from "../../components/button";
import { CopyField } from "../../components/copy-field";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { formatDate } from "../../lib/format";
import { useSchemaForm } from "../../lib/forms";
import type { SecondFactorSetup, SecondFactorStatus } from "./second-factor.api";
import {
  useBeginSecondFactor,
  useCodesKept,
  useConfirmSecondFactor,
  useDisableSecondFactor,
  useMySecondFactor,
} from "./second-factor.hooks";

/**
 * "Two-step sign-in" on the account page (and alone on the screen an admin meets first when the
 * workspace asks admins to use it): set up with a key and a code, the recovery codes shown once,
 * and turning it off with the password and a code.
 */
export function SecondFactorPanel({ email }: { email: string }) {
  const status = useMySecondFactor();
  const [codes, setCodes] = useState<string[] | null>(null);
  return (
    <Panel heading="Two-step sign-in">
      {status.isPending ? <Loading label="Loading two-step sign-in…" /> : null}
      {status.isError ? <ErrorMessage>{errorMessage(status.error)}</ErrorMessage> : null}
      {codes ? (
        <RecoveryCodesShown codes={codes} onKept={() => setCodes(null)} />
      ) : status.isSuccess ? (
        status.data.enabled ? (
          <SecondFactorOn status={status.data} email={email} />
        ) : (
          <SecondFactorOff email={email} onConfirmed={setCodes} />
        )
      ) : null}
    </Panel>
  );
}

function SecondFactorOff({ email, onConfirmed }: { email: string; onConfirmed: (codes: string[]) => void }) {
  const begin = useBeginSecondFactor();
  return (
    <>
      <p>
        After your password, Rapport asks for a six-digit code from an authenticator app on your phone (any
        app that reads TOTP keys), so your password alone does not sign anyone in. Turning it on or off signs
        you out on your other devices.
      </p>
      {begin.data ? (
        <SetupSteps setup={begin.data} email={email} onConfirmed={onConfirmed} />
      ) : (
        <>
          <ErrorMessage>{begin.isError ? errorMessage(begin.error) : null}</ErrorMessage>
          <Button pending={begin.isPending} pendingLabel="Making a key…" onClick={() => begin.mutate()}>
            Set up two-step sign-in
          </Button>
        </>
      )}
    </>
  );
}

function SetupSteps({
  setup,
  email,
  onConfirmed,
}: {
  setup: SecondFactorSetup;
  email: string;
  onConfirmed: (codes: string[]) => void;
}) {
  const confirm = useConfirmSecondFactor();
  const form = useSchemaForm({
    schema: secondFactorConfirmBody,
    labels: { code: "Code from your app", password: "Your password" },
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="second-factor__setup">
      <h3 ref={headingRef} tabIndex={-1}>
        Add this key to your app
      </h3>
      <ol className="second-factor__steps">
        <li>
          In your authenticator app, add an account by typing a key (choose “time-based” if it asks), and type
          this one:
          <CopyField label="Your key" value={setup.secret} what="key" />
        </li>
        <li>
          On this phone, or in an app that opens such links, you can{" "}
          <a href={setup.uri}>add it with this link</a> instead.
        </li>
        <li>Type the six-digit code the app now shows for Rapport, and your password.</li>
      </ol>
      <Form
        form={form}
        onSubmit={async (input) => {
          onConfirmed((await confirm.mutateAsync(input)).recoveryCodes);
        }}
      >
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          name="code"
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          hint="Two-step sign-in is on once this code is taken."
        />
        <TextField name="password" type="password" autoComplete="current-password" />
        <Submit pendingLabel="Checking…">Turn on two-step sign-in</Submit>
      </Form>
    </div>
  );
}

/** The ten recovery codes, this once; the status is read again when the person says they kept them. */
function RecoveryCodesShown({ codes, onKept }: { codes: string[]; onKept: () => void }) {
  const kept = useCodesKept();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="result">
      <h3 ref={headingRef} tabIndex={-1}>
        Two-step sign-in is on: keep your recovery codes
      </h3>
      <p>
        If you lose your phone, each of these codes signs you in once in place of a code from the app. Keep
        them somewhere safe, away from your phone (a password manager, or on paper). Rapport keeps only a
        fingerprint of each and cannot show them again.
      </p>
      <ol className="second-factor__codes" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <CopyField label="All ten, to paste" value={codes.join(" ")} what="recovery codes" />
      <Button
        onClick={() => {
          onKept();
          void kept();
        }}
      >
        I have kept them
      </Button>
    </div>
  );
}

function SecondFactorOn({ status, email }: { status: SecondFactorStatus; email: string }) {
  const disable = useDisableSecondFactor();
  const form = useSchemaForm({
    schema: secondFactorDisableBody,
    labels: { password: "Your password", code: "Code from your app, or a recovery code" },
  });
  return (
    <>
      <p>
        On{status.confirmedAt ? ` since ${formatDate(status.confirmedAt)}` : ""}: signing in asks for a code
        from your app after your password. {status.recoveryCodesLeft} of 10 recovery codes left. Turning it
        off signs you out on your other devices.
      </p>
      {status.adminsRequired ? <AdminsNote /> : null}
      <h3>Turn it off</h3>
      <Form
        form={form}
        onSubmit={async (input) => {
          await disable.mutateAsync(input);
        }}
      >
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField name="password" type="password" autoComplete="current-password" />
        <TextField name="code" autoComplete="one-time-code" spellCheck={false} />
        <Submit pendingLabel="Turning off…">Turn off two-step sign-in</Submit>
      </Form>
    </>
  );
}

function AdminsNote() {
  return (
    <p className="fine-print">
      This workspace asks admins to use two-step sign-in: an admin cannot turn it off while that holds.
    </p>
  );
}
