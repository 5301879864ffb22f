import { useState } from "react";
import { useNavigate } from "react-router";
import { renameListBody } from "#contracts/questions";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { errorMessage } from "../../lib/api";
import { useSchemaForm } from "../../lib/forms";
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
  const form = useSchemaForm({
    schema: renameListBody,
    labels: { name: "List name" },
    defaultValues: { name: list.name },
  });

  return (
    <Form
      form={form}
      className="form form--inline"
      aria-label="Rename the list"
      announces
      onSubmit={async ({ name }) => {
        const renamed = await rename.mutateAsync(name);
        form.reset({ name: renamed.name });
        return `Renamed to “${renamed.name}”.`;
      }}
    >
      <TextField name="name" autoComplete="off" maxLength={100} />
      <Submit variant="secondary" pendingLabel="Renaming…">
        Rename
      </Submit>
    </Form>
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
      Delete “<span dir="auto">{list.name}</span>” and its {total === 1 ? "question" : `${total} questions`}?
      This cannot be undone; export it first if you may want it back.
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
