import { useId } from "react";
import type { Facet, FacetValue } from "./facets.api";

interface FacetValueInputProps {
  facet: Facet;
  name: string;
  /** The question this input answers, e.g. "What you believe" or "Your answer". */
  legend: string;
  defaultValue?: FacetValue | undefined;
  error?: string | undefined;
}

/**
 * The input that fits a facet's kind: a text area, a radio group, a checkbox group, or a 1–5
 * scale whose two ends carry the facet's own labels. Uncontrolled; read it with readFacetValue.
 */
export function FacetValueInput({ facet, name, legend, defaultValue, error }: FacetValueInputProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = error ? true : undefined;
  const describedBy = error ? errorId : undefined;
  const errorText = error ? (
    <p id={errorId} className="field__error">
      {error}
    </p>
  ) : null;

  if (facet.kind === "text") {
    return (
      <div className={error ? "field field--invalid" : "field"}>
        <label htmlFor={id}>{legend}</label>
        <textarea
          id={id}
          name={name}
          rows={3}
          maxLength={2000}
          defaultValue={typeof defaultValue === "string" ? defaultValue : ""}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        />
        {errorText}
      </div>
    );
  }

  if (facet.kind === "scale") {
    const current = typeof defaultValue === "number" ? defaultValue : null;
    return (
      <fieldset className="choice-group scale" aria-describedby={describedBy}>
        <legend>{legend}</legend>
        <div className="scale__track">
          {[1, 2, 3, 4, 5].map((point) => (
            <label key={point} className="scale__point">
              <input
                type="radio"
                name={name}
                value={point}
                defaultChecked={current === point}
                aria-invalid={invalid}
              />
              <span>{point}</span>
              {point === 1 && facet.scale ? (
                <span className="visually-hidden">: {facet.scale.low}</span>
              ) : null}
              {point === 5 && facet.scale ? (
                <span className="visually-hidden">: {facet.scale.high}</span>
              ) : null}
            </label>
          ))}
        </div>
        {facet.scale ? (
          <p className="scale__ends" aria-hidden="true">
            <span>1 · {facet.scale.low}</span>
            <span>5 · {facet.scale.high}</span>
          </p>
        ) : null}
        {errorText}
      </fieldset>
    );
  }

  const multiple = facet.kind === "multiple_choice";
  const chosen = new Set(Array.isArray(defaultValue) ? defaultValue : [String(defaultValue ?? "")]);
  return (
    <fieldset className="choice-group" aria-describedby={describedBy}>
      <legend>
        {legend}
        <span className="choice-group__hint">{multiple ? " (choose any that fit)" : " (choose one)"}</span>
      </legend>
      {(facet.options ?? []).map((option) => (
        <label key={option.id} className="choice">
          <input
            type={multiple ? "checkbox" : "radio"}
            name={name}
            value={option.id}
            defaultChecked={chosen.has(option.id)}
            aria-invalid={invalid}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {errorText}
    </fieldset>
  );
}
