import { depthLabel, dimensionLabel, facetTitle, topicLabel } from "./question-vocabulary";
import type { BankQuestion } from "./questions.api";

/**
 * How deep a question goes and what it is about, as small tags in one line. Kept to a few elements:
 * a list shows one of these per question, and a copied bank has well over a hundred.
 */
export function QuestionTags({ question, retired = false }: { question: BankQuestion; retired?: boolean }) {
  const about = [
    question.dimension ? dimensionLabel(question.dimension) : null,
    question.facet ? facetTitle(question.facet) : null,
    question.topic ? topicLabel(question.topic) : null,
  ].filter((tag): tag is string => tag !== null);
  return (
    <p className="tags">
      <span className={`tag tag--depth-${question.depth}`}>
        {depthLabel(question.depth)}
        <span className="visually-hidden"> depth{about.length > 0 ? ", about" : ""}</span>
      </span>
      {about.map((tag) => (
        <span key={tag} className="tag">
          {tag}
        </span>
      ))}
      {retired ? <span className="tag tag--retired">Retired</span> : null}
    </p>
  );
}
