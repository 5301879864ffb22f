import { type FormEvent, useState } from "react";
import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { formText, useFormErrors } from "../../lib/field-errors";
import { useRename } from "./account.hooks";

const labels = { name: "Name" };

export function ProfileForm({ name, email }: { name: string; email: string }) {
  const rename = useRename();
  const [status, setStatus] = useState<string | null>(null);
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = formText(event.currentTarget, "name").trim();
    setStatus(null);
    if (next === "") return showFieldErrors({ name: "Name is required." });
    clear();
    rename.mutate(next, { onSuccess: () => setStatus("Your name is saved."), onError: showError });
  };

  return (
    <section className="panel" aria-labelledby="profile-heading">
      <h2 id="profile-heading">Profile</h2>
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <ErrorMessage>{formError}</ErrorMessage>
        <div className="field">
          <span className="field__static-label">Email</span>
          <span className="field__static">{email}</span>
        </div>
        <Field
          label={labels.name}
          name="name"
          autoComplete="name"
          defaultValue={name}
          maxLength={100}
          error={fieldErrors.name}
        />
        <Button type="submit" pending={rename.isPending} pendingLabel="Saving…">
          Save name
        </Button>
        <StatusMessage>{status}</StatusMessage>
      </form>
    </section>
  );
}
