import { useState } from "react";
import { Link } from "react-router";
import { StatusMessage } from "../../components/messages";
import { OPEN_QUESTIONS_PATH } from "./lint-feedback";
import { QuestionEditor } from "./question-editor";
import { useAddItem } from "./questions.hooks";

/** Adds a question at the end of the list, with the linter's live feedback while it is written. */
export function AddQuestion({ listId }: { listId: string }) {
  const add = useAddItem(listId);
  const [status, setStatus] = useState<string | null>(null);

  return (
    <section className="panel" aria-labelledby="add-question-heading">
      <h2 id="add-question-heading">Add a question</h2>
      <p className="lede">
        Rapport points out wording that tends to close a conversation down. Its findings are advice: you can
        save any question. <Link to={OPEN_QUESTIONS_PATH}>What makes a question open?</Link>
      </p>
      <QuestionEditor
        label="New question"
        submitLabel="Add question"
        pendingLabel="Adding…"
        clearOnSave
        onSave={async (draft) => {
          setStatus(null);
          const item = await add.mutateAsync(draft);
          setStatus(`Added as question ${item.position + 1}.`);
        }}
      />
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
