import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { Field } from "../../components/field";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formText, useFormErrors } from "../../lib/field-errors";
import { exportUrl, type QuestionList } from "./questions.api";
import { useDeleteList, useRenameList } from "./questions.hooks";

/** Download links for a list: plain links, so the browser saves the file under the list's name. */
export function ExportLinks({ list }: { list: QuestionList }) {
  return (
    <p className="export-links">
      <span>Export (imports back as the same list):</span>
      <a href={exportUrl(list.id, "csv")} download>
        CSV<span className="visually-hidden"> file of {list.name}</span>
      </a>
      <a href={exportUrl(list.id, "md")} download>
        Markdown<span className="visually-hidden"> file of {list.name}</span>
      </a>
    </p>
  );
}

function RenameForm({ list }: { list: QuestionList }) {
  const rename = useRenameList(list.id);
  const [status, setStatus] = useState<string | null>(null);
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors({
    name: "List name",
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = formText(event.currentTarget, "name").trim();
    if (name === "") return showFieldErrors({ name: "List name is required." });
    clear();
    setStatus(null);
    rename.mutate(name, {
      onSuccess: (renamed) => setStatus(`Renamed to “${renamed.name}”.`),
      onError: showError,
    });
  };

  return (
    <form
      ref={formRef}
      className="form form--inline"
      onSubmit={submit}
      noValidate
      aria-label="Rename the list"
    >
      <ErrorMessage>{formError}</ErrorMessage>
      <Field
        key={list.name}
        label="List name"
        name="name"
        defaultValue={list.name}
        autoComplete="off"
        maxLength={100}
        error={fieldErrors.name}
      />
      <Button type="submit" variant="secondary" pending={rename.isPending} pendingLabel="Renaming…">
        Rename
      </Button>
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}

function DeleteList({ list }: { list: QuestionList }) {
  const remove = useDeleteList(list.id);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const total = list.items.length;

  if (!confirming) {
    return (
      <Button variant="danger" onClick={() => setConfirming(true)}>
        Delete this list
      </Button>
    );
  }
  return (
    <Confirm
      confirmLabel="Yes, delete the list"
      pendingLabel="Deleting…"
      pending={remove.isPending}
      error={remove.isError ? errorMessage(remove.error) : null}
      onConfirm={() =>
        remove.mutate(undefined, {
          onSuccess: () => void navigate("/questions", { state: { deleted: list.name } }),
        })
      }
      onKeep={() => setConfirming(false)}
    >
      Delete “{list.name}” and its {total === 1 ? "question" : `${total} questions`}? This cannot be undone;
      export it first if you may want it back.
    </Confirm>
  );
}

/** Rename and delete: the things done to a list as a whole (export sits at the top of the page). */
export function ListSettings({ list }: { list: QuestionList }) {
  return (
    <section className="panel" aria-labelledby="list-settings-heading">
      <h2 id="list-settings-heading">This list</h2>
      <RenameForm list={list} />
      <div className="list-settings__delete">
        <DeleteList list={list} />
      </div>
    </section>
  );
}
