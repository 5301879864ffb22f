import { useState } from "react";
import { useNavigate } from "react-router";
import { STARTER_SETS, type StarterSetKey } from "#core/questions/starter-sets";
import { Button } from "../../components/button";
import { ErrorMessage } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { plural } from "../../lib/format";
import { useCreateFromStarter } from "./questions.hooks";

/** The ready-made starter sets, each copied into a new list of one's own with one button. */
export function StarterSets() {
  const create = useCreateFromStarter();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);

  const copy = (set: StarterSetKey) => {
    setError(null);
    create.mutate(
      { set },
      {
        onSuccess: (list) => void navigate(`/questions/${list.id}`, { state: { created: true } }),
        onError: (failure) => setError(errorMessage(failure)),
      },
    );
  };

  return (
    <section aria-labelledby="starter-sets-heading">
      <h2 id="starter-sets-heading">Start from a ready-made set</h2>
      <p className="fine-print">
        A few open questions from the bank for a common moment, copied into a new list you can then edit.
      </p>
      <ErrorMessage>{error}</ErrorMessage>
      <ul className="card-list starter-sets">
        {STARTER_SETS.map((set) => (
          <li key={set.key} className="card">
            <h3 className="card__title">{set.title}</h3>
            <p className="card__summary">{set.description}</p>
            <p className="card__meta">
              <span className="badge">{plural(set.questionIds.length, "question", "questions")}</span>
            </p>
            <Button
              variant="secondary"
              pending={create.isPending && create.variables?.set === set.key}
              pendingLabel="Copying…"
              disabled={create.isPending}
              onClick={() => copy(set.key)}
            >
              Copy “{set.title}” into a new list
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
