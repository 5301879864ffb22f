import { ErrorMessage, Loading } from "../../components/messages";
import { errorMessage } from "../../lib/api";
import { CommitmentForm } from "./commitment-form";
import { CommitmentList } from "./commitment-list";
import type { CommitmentOwner } from "./commitments.api";
import { useCommitments } from "./commitments.hooks";

interface CommitmentsSectionProps {
  viewer: CommitmentOwner;
  /** The other side of the pair. */
  other: { id: string; name: string };
  conversationId: string | null;
}

/** The commitments between a leader and a person, both ways, and a form to record one. */
export function CommitmentsSection({ viewer, other, conversationId }: CommitmentsSectionProps) {
  const commitments = useCommitments({ personId: other.id });
  return (
    <>
      {commitments.isPending ? <Loading label="Loading commitments…" /> : null}
      {commitments.isError ? <ErrorMessage>{errorMessage(commitments.error)}</ErrorMessage> : null}
      {commitments.isSuccess ? (
        <CommitmentList commitments={commitments.data.commitments} viewer={viewer} />
      ) : null}
      <CommitmentForm viewer={viewer} other={other} conversationId={conversationId} />
    </>
  );
}
