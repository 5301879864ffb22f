import { AnswerList, type ListedAnswer } from "../answers/answer-list";
import { byDimension, DIMENSION_TEXT } from "./dimensions";
import type { PersonPage } from "./knowledge.api";

/** What a teammate sees of a person: only the answers they shared with the team, read-only. */
export function SharedAnswers({ page }: { page: PersonPage }) {
  const shared = page.facets.flatMap(({ facet, answer }): ListedAnswer[] =>
    answer ? [{ facet, answer }] : [],
  );
  if (shared.length === 0) {
    return (
      <p className="empty">
        <span dir="auto">{page.person.name}</span> has not shared any answers with the team yet.
      </p>
    );
  }
  return (
    <>
      {byDimension(shared, (item) => item.facet.dimension).map((group) => (
        <section key={group.dimension} className="panel" aria-labelledby={`shared-${group.dimension}`}>
          <h2 id={`shared-${group.dimension}`}>{DIMENSION_TEXT[group.dimension].title}</h2>
          <AnswerList items={group.items} />
        </section>
      ))}
    </>
  );
}
