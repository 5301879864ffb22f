import { type FormEvent, useEffect, useRef } from "react";
import { Button } from "../../components/button";
import { CopyField } from "../../components/copy-field";
import { Field, SelectField } from "../../components/field";
import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formText, missingFields, useFormErrors } from "../../lib/field-errors";
import { TokenList } from "./token-list";
import { TOKEN_SCOPE_TEXT, type TokenScope } from "./tokens.api";
import { useCreateToken, useMyTokens } from "./tokens.hooks";

const labels = { name: "Token name", expiresInDays: "Expires after", scopes: "What it may do" };
const EXPIRIES = [
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
  { value: "365", label: "1 year" },
];

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
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);
  const scopes = (Object.keys(TOKEN_SCOPE_TEXT) as TokenScope[]).filter(
    (scope) => isAdmin || (scope !== "write:facets" && scope !== "write:admin"),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const name = formText(form, "name").trim();
    const chosen = new FormData(form).getAll("scopes").map(String) as TokenScope[];
    const missing = missingFields({ name }, labels);
    if (missing) return showFieldErrors(missing);
    if (chosen.length === 0) return showFieldErrors({ scopes: "Choose at least one thing it may do." });
    clear();
    create.mutate(
      { name, expiresInDays: Number(formText(form, "expiresInDays")), scopes: chosen },
      { onSuccess: () => form.reset(), onError: showError },
    );
  };

  return (
    <section className="panel" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">API tokens</h2>
      <p>
        A token lets a script use the API as you, within what you allow it, and never more than you may do
        yourself. Send it as <code>Authorization: Bearer …</code>.
      </p>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <ErrorMessage>{formError}</ErrorMessage>
        <Field
          label={labels.name}
          name="name"
          maxLength={60}
          error={fieldErrors.name}
          hint="Say what it is for."
        />
        <SelectField label={labels.expiresInDays} name="expiresInDays" options={EXPIRIES} defaultValue="90" />
        <fieldset className="choice-group" aria-invalid={fieldErrors.scopes ? true : undefined}>
          <legend>{labels.scopes}</legend>
          {scopes.map((scope) => (
            <label key={scope} className="choice">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "read"} />
              <span>
                {TOKEN_SCOPE_TEXT[scope]} <code>{scope}</code>
              </span>
            </label>
          ))}
          {fieldErrors.scopes ? <p className="field__error">{fieldErrors.scopes}</p> : null}
        </fieldset>
        <Button type="submit" pending={create.isPending} pendingLabel="Creating…">
          Create token
        </Button>
      </form>
      {create.data ? (
        <NewToken key={create.data.id} token={create.data.token} name={create.data.name} />
      ) : null}
      <h3>Your tokens</h3>
      {mine.isPending ? <Loading label="Loading your tokens…" /> : null}
      {mine.isError ? <ErrorMessage>{errorMessage(mine.error)}</ErrorMessage> : null}
      {mine.isSuccess ? (
        <TokenList tokens={mine.data.tokens} caption="Your API tokens" showOwner={false} />
      ) : null}
    </section>
  );
}
