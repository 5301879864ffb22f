import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { Field } from "../../components/field";
import { ErrorMessage, StatusMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { formText, useFormErrors } from "../../lib/field-errors";
import { useDeleteTeam, useRenameTeam } from "./teams.hooks";

const labels = { name: "Team name" };

/** Renaming and deleting the team, for those who manage it. */
export function TeamSettings({ teamId, teamName }: { teamId: string; teamName: string }) {
  return (
    <section className="panel" aria-labelledby="team-settings-heading">
      <h2 id="team-settings-heading">Team settings</h2>
      <RenameForm teamId={teamId} teamName={teamName} />
      <DeleteTeam teamId={teamId} teamName={teamName} />
    </section>
  );
}

function RenameForm({ teamId, teamName }: { teamId: string; teamName: string }) {
  const rename = useRenameTeam(teamId);
  const [status, setStatus] = useState<string | null>(null);
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = formText(event.currentTarget, "name").trim();
    setStatus(null);
    if (name === "") return showFieldErrors({ name: "Team name is required." });
    clear();
    rename.mutate(name, {
      onSuccess: (team) => setStatus(`The team is now called ${team.name}.`),
      onError: showError,
    });
  };

  return (
    <>
      <form
        ref={formRef}
        className="form form--inline team-settings__rename"
        onSubmit={submit}
        noValidate
        aria-label="Rename the team"
      >
        <ErrorMessage>{formError}</ErrorMessage>
        <Field
          label={labels.name}
          name="name"
          autoComplete="off"
          maxLength={100}
          defaultValue={teamName}
          error={fieldErrors.name}
        />
        <Button type="submit" variant="secondary" pending={rename.isPending} pendingLabel="Renaming…">
          Rename
        </Button>
      </form>
      <StatusMessage>{status}</StatusMessage>
    </>
  );
}

function DeleteTeam({ teamId, teamName }: { teamId: string; teamName: string }) {
  const remove = useDeleteTeam(teamId);
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  return (
    <div className="danger-zone">
      <h3>Delete {teamName}</h3>
      {asking ? (
        <Confirm
          confirmLabel="Delete team"
          pendingLabel="Deleting…"
          pending={remove.isPending}
          error={remove.isError ? errorMessage(remove.error) : null}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: async () => {
                await navigate("/teams", { state: { deleted: teamName } });
                remove.forget();
              },
            })
          }
          onKeep={() => setAsking(false)}
        >
          Delete {teamName}? This removes the team, its invitations (their links stop working), and what its
          leaders wrote about its people, except about people a leader also leads on another team. Its people
          keep their accounts and their own answers. This cannot be undone.
        </Confirm>
      ) : (
        <>
          <p className="fine-print">
            Removes the team and what its leaders wrote about its people; everyone keeps their account and
            their answers.
          </p>
          <Button
            variant="danger"
            onClick={() => {
              remove.reset();
              setAsking(true);
            }}
          >
            Delete team…
          </Button>
        </>
      )}
    </div>
  );
}
