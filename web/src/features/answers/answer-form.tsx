import { answerBody } from "#contracts/answers";
import { ChoiceGroup } from "../../components/form-fields";
import { useSchemaForm } from "../../lib/forms";
import { filledFacetValue, formFacetValue, missingValueMessage } from "../knowledge/facet-value";
import { FacetValueForm } from "../knowledge/facet-value-input";
import type { Facet } from "../knowledge/facets.api";
import type { MyAnswer, Visibility } from "./answers.api";
import { useSaveAnswer } from "./answers.hooks";
import { visibilityOptions } from "./visibility-options";

const answerForm = answerBody.extend({ value: filledFacetValue });
const labels = { value: "Your answer", visibility: "Who can see this answer" };

interface AnswerFormProps {
  facet: Facet;
  answer: MyAnswer | undefined;
  /** Who sees a first answer unless the person chooses otherwise. */
  defaultVisibility: Visibility;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The member's own answer on one facet, and who may see it. */
export function AnswerForm({ facet, answer, defaultVisibility, onDone, onCancel }: AnswerFormProps) {
  const save = useSaveAnswer(facet.id);
  const form = useSchemaForm({
    schema: answerForm,
    labels,
    whenEmpty: { value: missingValueMessage(facet) },
    defaultValues: {
      value: formFacetValue(facet, answer?.value),
      visibility: answer?.visibility ?? defaultVisibility,
    },
  });

  return (
    <FacetValueForm {...{ form, facet, onDone, onCancel }} what="answer" save={save.mutateAsync}>
      <ChoiceGroup name="visibility" className="choice-group visibility-choice" options={visibilityOptions} />
    </FacetValueForm>
  );
}
