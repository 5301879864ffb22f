import { type KnowledgeState, STATE_TEXT, stateClass } from "./knowledge-states";

/** A knowledge state as a labelled badge; the colour repeats the words, it never replaces them. */
export function StateBadge({ state }: { state: KnowledgeState }) {
  return (
    <span className={`state-badge ${stateClass(state)}`} title={STATE_TEXT[state].meaning}>
      <span className="visually-hidden">Knowledge state: </span>
      {STATE_TEXT[state].label}
    </span>
  );
}
