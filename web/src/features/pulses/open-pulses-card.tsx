import { Link } from "react-router";
import { formatDay } from "../conversations/schedule";
import type { PulseRound } from "./pulses.api";

/**
 * On a member's home: the open rounds of the trust pulse they have not answered yet, each a link
 * to answer it. Nothing here says whether anyone else has answered.
 */
export function OpenPulsesCard({ rounds }: { rounds: readonly PulseRound[] }) {
  if (rounds.length === 0) return null;
  return (
    <section className="panel pulse-home" aria-labelledby="pulse-home-heading">
      <h2 id="pulse-home-heading">Trust pulse</h2>
      <p>
        A few statements about your team and its leader, answered on a scale of 1 to 7. Your answers are
        stored without your name, and figures show only when enough people answered.
      </p>
      <ul className="home-list">
        {rounds.map((round) => (
          <li key={round.id}>
            <Link to={`/pulses/${round.id}`}>
              Answer the trust pulse for <span dir="auto">{round.teamName}</span>
            </Link>{" "}
            <span className="fine-print">open until {formatDay(round.closesOn)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
