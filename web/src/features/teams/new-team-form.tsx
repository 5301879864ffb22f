import { useNavigate } from "react-router";
import { newTeamBody } from "#contracts/teams";
import { Form, Submit } from "../../components/form";
import { TextField } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { useCreateTeam } from "./teams.hooks";

const newTeam = newTeamBody.pick({ name: true });

/** Creates a team led by the creator, then opens it so the next step (inviting) is right there. */
export function NewTeamForm() {
  const createTeam = useCreateTeam();
  const navigate = useNavigate();
  const form = useSchemaForm({ schema: newTeam, labels: { name: "Team name" } });

  return (
    <Form
      form={form}
      className="form form--inline"
      aria-label="New team"
      onSubmit={async ({ name }) => {
        const team = await createTeam.mutateAsync(name);
        void navigate(`/teams/${team.id}`, { state: { created: true } });
      }}
    >
      <TextField name="name" autoComplete="off" maxLength={100} />
      <Submit pendingLabel="Creating…">Create team</Submit>
    </Form>
  );
}
