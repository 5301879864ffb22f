import { type ChangeEvent, type FormEvent, useId, useState } from "react";
import { Button } from "../../components/button";
import { Field } from "../../components/field";
import { ErrorMessage } from "../../components/messages";
import { isApiError } from "../../lib/api";
import { useFormErrors } from "../../lib/field-errors";
import { ImportResultView } from "./import-result";
import type { ImportResult, TransferFormat } from "./questions.api";
import { useImportList } from "./questions.hooks";

const labels = { name: "Name of the new list", content: "The file's content", format: "Format" };
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
  const id = useId();
  const importList = useImportList();
  const [name, setName] = useState("");
  const [format, setFormat] = useState<TransferFormat>("csv");
  const [content, setContent] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const { formRef, fieldErrors, formError, showError, showFieldErrors, clear } = useFormErrors(labels);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setContent(await file.text());
    const detected = formatOfFile(file.name);
    if (detected) setFormat(detected);
    if (name.trim() === "") setName(file.name.replace(/\.[^.]+$/, "").replace(/[-_]+/g, " "));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRefusal(null);
    setResult(null);
    const missing = {
      ...(name.trim() === "" ? { name: "Name the new list." } : {}),
      ...(content.trim() === "" ? { content: "Choose a file or paste its content." } : {}),
    };
    if (Object.keys(missing).length > 0) return showFieldErrors(missing);
    clear();
    importList.mutate(
      { name: name.trim(), format, content },
      {
        onSuccess: (imported) => {
          setResult(imported);
          setName("");
          setContent("");
          formRef.current?.reset();
        },
        onError: (error) => {
          if (isApiError(error) && error.code === "import_invalid") setRefusal(error.message);
          else showError(error);
        },
      },
    );
  };

  const contentError = fieldErrors.content;
  return (
    <>
      <form ref={formRef} className="form" onSubmit={submit} noValidate aria-labelledby="import-heading">
        <ErrorMessage>{formError}</ErrorMessage>
        <ErrorMessage title="Nothing was imported">{refusal}</ErrorMessage>
        <Field
          label={labels.name}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
          maxLength={100}
          error={fieldErrors.name}
        />
        <fieldset className="q-options">
          <legend>Format</legend>
          {FORMATS.map((option) => (
            <div key={option.value} className="q-option">
              <input
                id={`${id}-${option.value}`}
                type="radio"
                name="format"
                value={option.value}
                checked={format === option.value}
                onChange={() => setFormat(option.value)}
              />
              <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
        <Field
          label="Choose a file"
          name="file"
          type="file"
          accept=".csv,.md,.markdown,.txt,text/csv,text/markdown,text/plain"
          hint="Or paste the content below. Nothing is sent until you press Import list."
          onChange={(event) => void chooseFile(event)}
        />
        <div className={contentError ? "field field--invalid" : "field"}>
          <label htmlFor={`${id}-content`}>{labels.content}</label>
          <textarea
            className="q-textarea"
            id={`${id}-content`}
            name="content"
            rows={6}
            value={content}
            spellCheck={false}
            onChange={(event) => setContent(event.target.value)}
            aria-invalid={contentError ? true : undefined}
            aria-describedby={contentError ? `${id}-content-error` : undefined}
          />
          {contentError ? (
            <p id={`${id}-content-error`} className="field__error">
              {contentError}
            </p>
          ) : null}
        </div>
        <Button type="submit" pending={importList.isPending} pendingLabel="Importing…">
          Import list
        </Button>
      </form>
      {result ? <ImportResultView result={result} /> : null}
    </>
  );
}
