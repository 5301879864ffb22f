import { StatusMessage } from "../../components/messages";
import { plural } from "../../lib/format";
import { byDimension, DIMENSION_TEXT } from "./dimensions";
import type { PersonPage } from "./knowledge.api";
import { type KnowledgeState, STATE_ORDER, STATE_TEXT, stateClass } from "./knowledge-states";
import { PersonFacetCard } from "./person-facet-card";
import { usePassingStatus } from "./use-passing-status";

export const firstNameOf = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/** A leader's view of one person: every facet, grouped by dimension, with a count of each state. */
export function PersonKnowledge({ page }: { page: PersonPage }) {
  const [status, setStatus] = usePassingStatus();
  const groups = byDimension(page.facets, (item) => item.facet.dimension);
  const counts = new Map<KnowledgeState, number>();
  for (const item of page.facets) if (item.state) counts.set(item.state, (counts.get(item.state) ?? 0) + 1);
  const firstName = firstNameOf(page.person.name);

  return (
    <>
      <section className="panel person-summary" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Where you stand</h2>
        <ul className="state-counts">
          {STATE_ORDER.filter((state) => counts.has(state)).map((state) => (
            <li key={state}>
              <span className={`state-swatch ${stateClass(state)}`} aria-hidden="true">
                {STATE_TEXT[state].sign}
              </span>
              {state === "blind_spot"
                ? plural(counts.get(state) ?? 0, "blind spot", "blind spots")
                : `${counts.get(state) ?? 0} ${STATE_TEXT[state].label.toLowerCase()}`}
            </li>
          ))}
        </ul>
        <nav aria-label="Dimensions" className="jump-links">
          {groups.map((group) => (
            <a key={group.dimension} href={`#dimension-${group.dimension}`}>
              {DIMENSION_TEXT[group.dimension].title}
            </a>
          ))}
        </nav>
      </section>
      {groups.map((group) => (
        <section
          key={group.dimension}
          className="dimension"
          id={`dimension-${group.dimension}`}
          aria-labelledby={`dimension-${group.dimension}-heading`}
        >
          <h2 id={`dimension-${group.dimension}-heading`}>{DIMENSION_TEXT[group.dimension].title}</h2>
          <p className="lede">{DIMENSION_TEXT[group.dimension].about}</p>
          {group.items.map((item) => (
            <PersonFacetCard
              key={item.facet.id}
              personId={page.person.id}
              firstName={firstName}
              item={item}
              onStatus={setStatus}
            />
          ))}
        </section>
      ))}
      <div className="toast-region">
        <StatusMessage>{status}</StatusMessage>
      </div>
    </>
  );
}
