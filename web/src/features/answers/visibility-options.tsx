import { VISIBILITY_CHOICES, VISIBILITY_TEXT } from "./visibility";

/** The choices of who sees an answer, each with its explanation, for a `ChoiceGroup`. */
export const visibilityOptions = VISIBILITY_CHOICES.map((visibility) => ({
  value: visibility,
  label: (
    <span>
      <span className="choice__label">{VISIBILITY_TEXT[visibility].label}</span>
      <span className="choice__hint">{VISIBILITY_TEXT[visibility].explanation}</span>
    </span>
  ),
}));
