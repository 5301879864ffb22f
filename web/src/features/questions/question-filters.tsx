import { useId } from "react";
import type { QuestionFilter } from "./question-filter";
import {
  DEPTHS,
  DIMENSIONS,
  depthLabel,
  dimensionLabel,
  facetsIn,
  isDepth,
  isDimension,
  isTopic,
  TOPICS,
  topicLabel,
} from "./question-vocabulary";

interface QuestionFiltersProps {
  filter: QuestionFilter;
  onChange: (filter: QuestionFilter) => void;
  /** Lists have retired questions; the bank does not. */
  withRetired?: boolean;
  label: string;
}

/** Search and filters; every change applies at once, and the result count is announced by the caller. */
export function QuestionFilters({ filter, onChange, withRetired = false, label }: QuestionFiltersProps) {
  const id = useId();
  const set = (changes: Partial<QuestionFilter>) => onChange({ ...filter, ...changes });
  const facets = facetsIn(filter.dimension);

  return (
    <search className="filters" aria-label={label}>
      <div className="field filters__search">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          dir="auto"
          value={filter.q}
          onChange={(event) => set({ q: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-dimension`}>Dimension</label>
        <select
          id={`${id}-dimension`}
          value={filter.dimension}
          onChange={(event) => {
            const dimension = isDimension(event.target.value) ? event.target.value : "";
            const keepFacet = facetsIn(dimension).some((facet) => facet.key === filter.facet);
            set({ dimension, facet: keepFacet ? filter.facet : "" });
          }}
        >
          <option value="">Any dimension</option>
          {DIMENSIONS.map((dimension) => (
            <option key={dimension} value={dimension}>
              {dimensionLabel(dimension)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-facet`}>Aspect</label>
        <select
          id={`${id}-facet`}
          value={filter.facet}
          onChange={(event) => set({ facet: event.target.value })}
        >
          <option value="">Any aspect</option>
          {facets.map((facet) => (
            <option key={facet.key} value={facet.key}>
              {facet.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-topic`}>Topic</label>
        <select
          id={`${id}-topic`}
          value={filter.topic}
          onChange={(event) => set({ topic: isTopic(event.target.value) ? event.target.value : "" })}
        >
          <option value="">Any topic</option>
          {TOPICS.map((topic) => (
            <option key={topic} value={topic}>
              {topicLabel(topic)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-depth`}>Depth</label>
        <select
          id={`${id}-depth`}
          value={filter.depth}
          onChange={(event) => set({ depth: isDepth(event.target.value) ? event.target.value : "" })}
        >
          <option value="">Any depth</option>
          {DEPTHS.map((depth) => (
            <option key={depth} value={depth}>
              {depthLabel(depth)}
            </option>
          ))}
        </select>
      </div>
      {withRetired ? (
        <div className="q-option">
          <input
            id={`${id}-retired`}
            type="checkbox"
            checked={filter.showRetired}
            onChange={(event) => set({ showRetired: event.target.checked })}
          />
          <label htmlFor={`${id}-retired`}>Show retired questions</label>
        </div>
      ) : null}
    </search>
  );
}
