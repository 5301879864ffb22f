import type { ReactNode } from "react";

/** The two thresholds a workspace sets: figures from `scores` answers, comments from `comments`. */
export interface Thresholds {
  scores: number;
  comments: number;
}

const people = (count: number) => `${count} ${count === 1 ? "person" : "people"}`;

/**
 * What stays anonymous in a trust pulse, said plainly wherever someone answers one or reads its
 * results: no response is linked to a person, and a figure shows only from enough answers.
 */
export function AnonymityNote({
  thresholds,
  headingLevel = 2,
  children,
}: {
  thresholds: Thresholds;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="panel pulse-anonymity" aria-labelledby="pulse-anonymity-heading">
      <Heading id="pulse-anonymity-heading">What stays anonymous</Heading>
      <ul className="pulse-anonymity__list">
        <li>
          A response is stored without a name or anything that links it to the person who gave it, with the
          day it was given, never the time, and one thing more: whether they had been on the team under 180
          days, for the one sub-group anyone can ask for.
        </li>
        <li>
          Apart from the responses, Rapport notes who has answered a round, only so that nobody answers twice.
          No screen shows it to anyone else, leaders and admins included, and while a round is open nobody
          sees how many have answered.
        </li>
        <li>
          {`Results show once the round is closed: each figure only when at least ${people(
            thresholds.scores,
          )} answered, the comments only when at least ${people(thresholds.comments)} did.`}{" "}
          Below that, the figure is withheld and the results say why. The same holds for the one sub-group
          anyone can ask for (people on the team under 180 days, or longer) and for comparing rounds: a figure
          that would single out fewer people is withheld too.
        </li>
      </ul>
      {children}
    </section>
  );
}
