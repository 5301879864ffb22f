import { type ChangeEvent, useId, useState } from "react";
import { importListBody } from "#contracts/questions";
import { Form, Submit } from "../../components/form";
import { ChoiceGroup, TextAreaField, TextField } from "../../components/form-fields";
import { ErrorMessage } from "../../components/messages";
import { isApiError } from "../../lib/api";
import { useSchemaForm } from "../../lib/forms";
import { ImportResultView } from "./import-result";
import type { ImportResult, TransferFormat } from "./questions.api";
import { useImportList } from "./questions.hooks";

/** The contract's import, with content required: an empty file imports nothing. */
const importForm = importListBody.extend({
  content: importListBody.shape.content.refine((content) => content.trim() !== "", "is required"),
});
const FORMATS: { value: TransferFormat; label: string }[] = [
  { value: "csv", label: "CSV (text, facet, topic, depth, retired)" },
  { value: "md", label: "Markdown (as Rapport exports it)" },
];

const formatOfFile = (fileName: string): TransferFormat | null =>
  /\.csv$/i.test(fileName) ? "csv" : /\.(md|markdown)$/i.test(fileName) ? "md" : null;

/**
 * A new list from a CSV or Markdown file, chosen or pasted. A bad row refuses the whole file, and the
 * reason names the row; linter findings are listed per row but never block the import.
 */
export function ImportListForm() {
  const fileId = useId();
  const importList = useImportList();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  // A new key empties the file input after an import, as the rest of the form is emptied.
  const [fileKey, setFileKey] = useState(0);
  const form = useSchemaForm({
    schema: importForm,
    labels: { name: "Name of the new list", format: "Format", content: "The file's content" },
    whenEmpty: { name: "Name the new list.", content: "Choose a file or paste its content." },
    defaultValues: { format: "csv" },
  });

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const touched = { shouldDirty: true, shouldValidate: form.formState.isSubmitted };
    form.setValue("content", await file.text(), touched);
    const detected = formatOfFile(file.name);
    if (detected) form.setValue("format", detected, touched);
    if (form.getValues("name").trim() === "") {
      form.setValue("name", file.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " "), touched);
    }
  };

  return (
    <>
      <Form
        form={form}
        aria-labelledby="import-heading"
        onSubmitCapture={() => {
          setRefusal(null);
          setResult(null);
        }}
        onSubmit={async (input) => {
          try {
            setResult(await importList.mutateAsync(input));
          } catch (error) {
            if (!(isApiError(error) && error.code === "import_invalid")) throw error;
            setRefusal(error.message);
            return;
          }
          form.reset();
          setFileKey((key) => key + 1);
        }}
      >
        <ErrorMessage title="Nothing was imported">{refusal}</ErrorMessage>
        <TextField name="name" autoComplete="off" maxLength={100} />
        <ChoiceGroup name="format" options={FORMATS} spaced />
        <div className="field">
          <label htmlFor={fileId}>Choose a file</label>
          <p id={`${fileId}-hint`} className="field__hint">
            Or paste the content below. Nothing is sent until you press Import list.
          </p>
          <input
            key={fileKey}
            id={fileId}
            type="file"
            accept=".csv,.md,.markdown,.txt,text/csv,text/markdown,text/plain"
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => void chooseFile(event)}
          />
        </div>
        <TextAreaField name="content" inputClassName="q-textarea" rows={6} spellCheck={false} />
        <Submit pendingLabel="Importing…">Import list</Submit>
      </Form>
      {result ? <ImportResultView result={result} /> : null}
    </>
  );
}
