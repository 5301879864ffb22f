import { isAudited } from "#core/facets/facet";
import { Button } from "../components/button";
import { ErrorMessage, Loading, StatusMessage } from "../components/messages";
import { AnswerCard } from "../features/answers/answer-card";
import { MANUAL_URL } from "../features/answers/answers.api";
import { useMyAnswers } from "../features/answers/answers.hooks";
import { LEADING_TITLE } from "../features/answers/manual-sections";
import { VISIBILITY_CHOICES, VISIBILITY_TEXT } from "../features/answers/visibility";
import { byDimension, DIMENSION_TEXT } from "../features/knowledge/dimensions";
import { useFacets } from "../features/knowledge/knowledge.hooks";
import { usePassingStatus } from "../features/knowledge/use-passing-status";
import { reportUrls } from "../features/reports/reports.api";
import { errorMessage } from "../lib/api";
import { usePageTitle } from "../lib/use-page-title";
import { useSignedIn } from "./signed-in-layout.route";

export function MyAnswersPage() {
  usePageTitle("Working with me");
  const facets = useFacets();
  const mine = useMyAnswers();
  const [status, setStatus] = usePassingStatus();
  const me = useSignedIn();

  const failed = facets.isError ? facets.error : mine.isError ? mine.error : null;
  const current = facets.data?.facets.filter((facet) => !facet.retired) ?? [];
  const active = current.filter(isAudited);
  const answered = new Map((mine.data?.answers ?? []).map((answer) => [answer.facetId, answer]));
  // The prompts about leading are for people who lead a team, and for anyone who answered them
  // while they did (so they can still change or withdraw those answers).
  const leadsATeam = me.teams.some((team) => team.role === "leader");
  const leading = current.filter((facet) => !isAudited(facet) && (leadsATeam || answered.has(facet.id)));
  const answeredOf = (list: typeof current) => list.filter((facet) => answered.has(facet.id)).length;

  return (
    <div className="page">
      <h1>Working with me</h1>
      <p className="lede">
        Tell the people you work with how you work best, in your own words. You choose who sees each answer,
        and you can change or withdraw it at any time.
      </p>
      <div className="grid">
        <section className="panel" aria-labelledby="who-sees-heading">
          <h2 id="who-sees-heading">Who sees your answers</h2>
          <dl className="facts facts--stacked">
            {VISIBILITY_CHOICES.map((visibility) => (
              <div key={visibility}>
                <dt>{VISIBILITY_TEXT[visibility].label}</dt>
                <dd>{VISIBILITY_TEXT[visibility].explanation}</dd>
              </div>
            ))}
          </dl>
          <p className="fine-print">
            Being an admin shows no one your answers. An admin who also leads your team sees what a leader
            sees, and one who shares a team with you sees what a teammate sees.
          </p>
        </section>
        <section className="panel" aria-labelledby="manual-heading">
          <h2 id="manual-heading">Your manual</h2>
          <p>
            {mine.isSuccess
              ? `You have answered ${answeredOf(active)} of ${active.length} questions${
                  leading.length > 0
                    ? `, and ${answeredOf(leading)} of ${leading.length} prompts about leading`
                    : ""
                }.`
              : "Your answers make a short manual about working with you."}
          </p>
          <p>
            <a className="button button--secondary" href={MANUAL_URL} download="working-with-me.md">
              Download my manual (Markdown)
            </a>{" "}
            <a className="button button--secondary" href={reportUrls.manual} download="working-with-me.pdf">
              Download my manual (PDF)
            </a>
          </p>
          <p className="fine-print">
            It holds only what you wrote, including private answers: share it as you like.
          </p>
        </section>
      </div>
      {facets.isPending || mine.isPending ? <Loading label="Loading your answers…" /> : null}
      {failed ? (
        <>
          <ErrorMessage>{errorMessage(failed)}</ErrorMessage>
          <Button
            variant="secondary"
            onClick={() => {
              void facets.refetch();
              void mine.refetch();
            }}
          >
            Try again
          </Button>
        </>
      ) : null}
      {facets.isSuccess && mine.isSuccess && leading.length > 0 ? (
        <section className="dimension" id="as-a-leader" aria-labelledby="mine-leading-heading">
          <h2 id="mine-leading-heading">{LEADING_TITLE}</h2>
          <p className="lede">
            Prompts only leaders get. The people of the teams you lead read what you share with “My team” on
            the team page, with your other answers shared that way. Writing yours first, a mistake included,
            makes it easier for them to write theirs.
          </p>
          {leading.map((facet) => (
            <AnswerCard
              key={facet.id}
              facet={facet}
              answer={answered.get(facet.id)}
              onStatus={setStatus}
              defaultVisibility="team"
            />
          ))}
        </section>
      ) : null}
      {facets.isSuccess && mine.isSuccess
        ? byDimension(active, (facet) => facet.dimension).map((group) => (
            <section
              key={group.dimension}
              className="dimension"
              aria-labelledby={`mine-${group.dimension}-heading`}
            >
              <h2 id={`mine-${group.dimension}-heading`}>{DIMENSION_TEXT[group.dimension].title}</h2>
              <p className="lede">{DIMENSION_TEXT[group.dimension].aboutMe}</p>
              {group.items.map((facet) => (
                <AnswerCard
                  key={facet.id}
                  facet={facet}
                  answer={answered.get(facet.id)}
                  onStatus={setStatus}
                />
              ))}
            </section>
          ))
        : null}
      <div className="toast-region">
        <StatusMessage>{status}</StatusMessage>
      </div>
    </div>
  );
}
