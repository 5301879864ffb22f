import { useState } from "react";
import { useNavigate } from "react-router";
import { renameTeamBody } from "#contracts/teams";
import { Button } from "../../components/button";
import { Confirm } from "../../components/confirm";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { errorMessage } from "../../lib/api";
import { useSchemaForm } from "../../lib/forms";
import { useDeleteTeam, useRenameTeam } from "./teams.hooks";

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
  const form = useSchemaForm({
    schema: renameTeamBody,
    labels: { name: "Team name" },
    defaultValues: { name: teamName },
  });

  return (
    <Form
      form={form}
      className="form team-settings__rename"
      aria-label="Rename the team"
      announces
      onSubmit={async ({ name }) => {
        const team = await rename.mutateAsync(name);
        return `The team is now called ${team.name}.`;
      }}
    >
      <TextField name="name" autoComplete="off" maxLength={100} />
      <Submit variant="secondary" pendingLabel="Renaming…">
        Rename
      </Submit>
    </Form>
  );
}

function DeleteTeam({ teamId, teamName }: { teamId: string; teamName: string }) {
  const remove = useDeleteTeam(teamId);
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  return (
    <div className="danger-zone">
      <h3>
        Delete <span dir="auto">{teamName}</span>
      </h3>
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
