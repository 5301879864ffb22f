import { Link } from "react-router";
import { followershipResultText } from "#core/instruments/followership-styles";
import { firstNameOf } from "../knowledge/person-knowledge";
import type { FollowershipMap } from "./followership.api";
import { FollowershipPlane, PlaneKey } from "./followership-plane";
import { gapWords, mapWords } from "./map-words";

const point = (place: { it: number; ae: number } | null) => (place ? { it: place.it, ae: place.ae } : null);

/** The table beside the map: the same people and numbers, each name a link to the person page. */
function TeamMapTable({ map }: { map: FollowershipMap }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap team-map__table" tabIndex={0} aria-labelledby="team-map-table-caption">
      <table className="table table--compact">
        <caption id="team-map-table-caption" className="visually-hidden">
          The team map as a table
        </caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Your estimate</th>
            <th scope="col">Their own result</th>
            <th scope="col">Gap</th>
          </tr>
        </thead>
        <tbody>
          {map.people.map((entry) => (
            <tr key={entry.person.id}>
              <th scope="row">
                <Link to={`/people/${entry.person.id}`} dir="auto">
                  {entry.person.name}
                </Link>
              </th>
              <td>
                {entry.estimate ? (
                  <>
                    Thinking {entry.estimate.it}, engagement {entry.estimate.ae}
                    <br />
                    {followershipResultText(entry.estimate)}
                    {entry.estimate.afterResult ? (
                      <span className="fine-print team-map__seal">
                        {" "}
                        · written after you looked at their result
                      </span>
                    ) : null}
                  </>
                ) : entry.selfSealed ? (
                  "None yet"
                ) : (
                  <Link to={`/people/${entry.person.id}`}>Write your estimate</Link>
                )}
              </td>
              <td>
                {entry.self ? (
                  <>
                    Thinking {entry.self.it}, engagement {entry.self.ae}
                    <br />
                    {followershipResultText(entry.self)}
                  </>
                ) : entry.selfSealed ? (
                  <>
                    Shared with you, not yet looked at.{" "}
                    <Link to={`/people/${entry.person.id}`}>Write your estimate to see it</Link>
                  </>
                ) : (
                  "Not shared with you"
                )}
              </td>
              <td>{entry.gap === null ? "–" : gapWords(entry.gap)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * The team on the two followership axes: each estimate and each own result the leader may see,
 * an arrow from the one to the other, and the same data in a table beside the picture.
 */
export function TeamMap({ map, teamName }: { map: FollowershipMap; teamName: string }) {
  return (
    <div className="team-map">
      <div className="team-map__picture">
        <FollowershipPlane
          regions={map.regions}
          entries={map.people.map((entry) => ({
            key: entry.person.id,
            label: firstNameOf(entry.person.name),
            estimate: point(entry.estimate),
            self: point(entry.self),
          }))}
          title={`${teamName} on the two followership axes`}
          description={mapWords(map.people)}
        />
        <PlaneKey estimate="Your estimate" self="Their own result" />
      </div>
      <TeamMapTable map={map} />
    </div>
  );
}
