import type { PulseDetail } from "./pulses.api";

/** What the members are asked, for the team's leaders and admins, who do not answer it. */
export function PulseStatements({ pulse }: { pulse: PulseDetail }) {
  const first = pulse.scale[0];
  const last = pulse.scale.at(-1);
  return (
    <section className="panel" aria-labelledby="pulse-statements-heading">
      <h2 id="pulse-statements-heading">What the members are asked</h2>
      <p>
        The members of the team answer each statement
        {first && last
          ? ` from ${first.value} (${first.label.toLowerCase()}) to ${last.value} (${last.label.toLowerCase()})`
          : ""}
        , and may leave a comment. The team's leaders do not answer it.
      </p>
      <ol className="pulse-statements">
        {pulse.items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ol>
    </section>
  );
}
