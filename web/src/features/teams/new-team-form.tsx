import type { FormEvent } from "react";
import { useNavigate } from "react-router";
import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { ErrorMessage } from "../../components/messages";
import { formText, useFormErrors } from "../../lib/field-errors";
import { useCreateTeam } from "./teams.hooks";

const labels = { name: "Team name" };

/** Creates a team led by the creator, then opens it so the next step (inviting) is right there. */
export function NewTeamForm() {
  const createTeam = useCreateTeam();
  const navigate = useNavigate();
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = formText(event.currentTarget, "name").trim();
    if (name === "") return showFieldErrors({ name: "Team name is required." });
    clear();
    createTeam.mutate(name, {
      onSuccess: (team) => void navigate(`/teams/${team.id}`, { state: { created: true } }),
      onError: showError,
    });
  };

  return (
    <form ref={formRef} className="form form--inline" onSubmit={submit} noValidate aria-label="New team">
      <ErrorMessage>{formError}</ErrorMessage>
      <Field label={labels.name} name="name" autoComplete="off" maxLength={100} error={fieldErrors.name} />
      <Button type="submit" pending={createTeam.isPending} pendingLabel="Creating…">
        Create team
      </Button>
    </form>
  );
}
