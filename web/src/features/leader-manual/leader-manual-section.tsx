import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { AnswerList, type ListedAnswer } from "../answers/answer-list";
import { manualSections } from "../answers/manual-sections";
import { useFacets } from "../knowledge/knowledge.hooks";
import type { LeaderManual } from "./leader-manual.api";
import { useLeaderManual } from "./leader-manual.hooks";

/**
 * "How <leader> works": the manuals of a team's leaders, other than the viewer's own, as the viewer
 * may read them. For the team page, and for anywhere else a member reads their leader's manual.
 */
export function LeaderManualSection({ teamId, viewerId }: { teamId: string; viewerId: string }) {
  const manual = useLeaderManual(teamId);
  const facets = useFacets();
  if (manual.isPending || facets.isPending) return <Loading label="Loading your leader's manual…" />;
  const failed = manual.isError ? manual.error : facets.isError ? facets.error : null;
  if (failed) return <ErrorMessage>{errorMessage(failed)}</ErrorMessage>;
  const byId = new Map((facets.data?.facets ?? []).map((facet) => [facet.id, facet]));
  const others = (manual.data?.leaders ?? []).filter((leader) => leader.id !== viewerId);
  return (
    <>
      {others.map((leader) => (
        <LeaderManualCard key={leader.id} leader={leader} facetOf={(id) => byId.get(id)} />
      ))}
    </>
  );
}

/** One leader's manual as the viewer may read it, by section (the team page, the home). */
export function LeaderManualCard({
  leader,
  facetOf,
}: {
  leader: LeaderManual;
  facetOf: (facetId: string) => ListedAnswer["facet"] | undefined;
}) {
  const headingId = `manual-${leader.id}-heading`;
  const items = leader.answers.flatMap((answer): ListedAnswer[] => {
    const facet = facetOf(answer.facetId);
    return facet ? [{ facet, answer }] : [];
  });
  return (
    <section className="panel leader-manual" aria-labelledby={headingId}>
      <h2 id={headingId}>
        How <span dir="auto">{leader.name}</span> works
      </h2>
      {items.length === 0 ? (
        <p className="empty">
          <span dir="auto">{leader.name}</span> has not shared a manual with the team yet.
        </p>
      ) : (
        manualSections(items, (item) => item.facet).map((section) => (
          <section key={section.id} aria-labelledby={`${headingId}-${section.id}`}>
            <h3 id={`${headingId}-${section.id}`}>{section.title}</h3>
            <AnswerList items={section.items} />
          </section>
        ))
      )}
    </section>
  );
}
