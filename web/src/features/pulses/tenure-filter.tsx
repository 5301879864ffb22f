import { Link } from "react-router";
import type { PulseTenure } from "./pulses.api";

const CHOICES: readonly { tenure: PulseTenure | null; label: string }[] = [
  { tenure: null, label: "The whole team" },
  { tenure: "newer", label: "On the team under 180 days" },
  { tenure: "longer", label: "On the team 180 days or more" },
];

/** Reads `?tenure=` from a search string; anything else is the whole team. */
export function tenureOf(search: URLSearchParams): PulseTenure | null {
  const value = search.get("tenure");
  return value === "newer" || value === "longer" ? value : null;
}

/**
 * The one sub-group results can be read for: how long each person had been on the team when they
 * answered. Links, so each view has its own address and the keyboard moves through them as usual.
 */
export function TenureFilter({ pulseId, current }: { pulseId: string; current: PulseTenure | null }) {
  return (
    <nav className="pulse-tenure" aria-label="Whose answers">
      <ul>
        {CHOICES.map((choice) => (
          <li key={choice.label}>
            <Link
              className="pulse-tenure__choice"
              to={`/pulses/${pulseId}/results${choice.tenure ? `?tenure=${choice.tenure}` : ""}`}
              aria-current={choice.tenure === current ? "page" : undefined}
            >
              {choice.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
