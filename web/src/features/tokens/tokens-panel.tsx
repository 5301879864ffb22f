import { useEffect, useRef } from "react";
import { newTokenBody } from "#contracts/tokens";
import { CopyField } from "../../components/copy-field";
import { Form, Submit } from "../../components/form";
import { ChoiceGroup, SelectField, TextField } from "../../components/form-fields";
import { ErrorMessage, Loading } from "../../components/messages";
import { Panel } from "../../components/panel";
import { errorMessage } from "../../lib/api";
import { useSchemaForm } from "../../lib/forms";
import { TokenList } from "./token-list";
import { TOKEN_SCOPE_TEXT, type TokenScope } from "./tokens.api";
import { useCreateToken, useMyTokens } from "./tokens.hooks";

const EXPIRIES = [
  { value: 30, label: "30 days" },
  { value: 90, label: "90 days" },
  { value: 365, label: "1 year" },
] as const;

/** The secret of a new token, shown this once, with a copy button. */
function NewToken({ token, name }: { token: string; name: string }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <div className="result">
      <h3 ref={headingRef} tabIndex={-1}>
        {name} is ready
      </h3>
      <p>Copy it now: Rapport keeps only a fingerprint of it and cannot show it again.</p>
      <CopyField label="The new token" value={token} what="token" />
    </div>
  );
}

/** The account page's API tokens: make one for a script, see yours, revoke any. */
export function TokensPanel({ isAdmin }: { isAdmin: boolean }) {
  const mine = useMyTokens();
  const create = useCreateToken();
  const form = useSchemaForm({
    schema: newTokenBody,
    labels: { name: "Token name", expiresInDays: "Expires after", scopes: "What it may do" },
    whenEmpty: { scopes: "Choose at least one thing it may do." },
    defaultValues: { name: "", expiresInDays: 90, scopes: ["read"] },
  });
  const scopes = (Object.keys(TOKEN_SCOPE_TEXT) as TokenScope[]).filter(
    (scope) => isAdmin || (scope !== "write:facets" && scope !== "write:admin"),
  );

  return (
    <Panel heading="API tokens">
      <p>
        A token lets a script use the API as you, within what you allow it, and never more than you may do
        yourself. Send it as <code>Authorization: Bearer …</code>.
      </p>
      <Form
        form={form}
        onSubmit={async (input) => {
          await create.mutateAsync(input);
          form.reset();
        }}
      >
        <TextField name="name" maxLength={60} hint="Say what it is for." />
        <SelectField name="expiresInDays" options={EXPIRIES} />
        <ChoiceGroup
          name="scopes"
          multiple
          options={scopes.map((scope) => ({
            value: scope,
            label: (
              <span>
                {TOKEN_SCOPE_TEXT[scope]} <code>{scope}</code>
              </span>
            ),
          }))}
        />
        <Submit pendingLabel="Creating…">Create token</Submit>
      </Form>
      {create.data ? (
        <NewToken key={create.data.id} token={create.data.token} name={create.data.name} />
      ) : null}
      <h3>Your tokens</h3>
      {mine.isPending ? <Loading label="Loading your tokens…" /> : null}
      {mine.isError ? <ErrorMessage>{errorMessage(mine.error)}</ErrorMessage> : null}
      {mine.isSuccess ? (
        <TokenList tokens={mine.data.tokens} caption="Your API tokens" showOwner={false} />
      ) : null}
    </Panel>
  );
}
