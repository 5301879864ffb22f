import type { MyAnswer, LeaderManual as PresentedManual } from "#contracts/answers";
import type { AnswerRow } from "../../db/schema";
import type { LeaderManual } from "./leader-manual.service";

/** A current answer as the API shows it (contracts/answers.ts), to its author or to someone it is shared with. */
export const presentAnswer = (row: AnswerRow, facetKey: string): MyAnswer => ({
  facetId: row.facet_id,
  facetKey,
  value: row.value,
  visibility: row.visibility,
  updatedAt: row.updated_at,
});

/** A leader's manual as the viewer may read it: the leader, and the answers shown to the viewer. */
export const presentLeaderManual = ({ leader, answers }: LeaderManual): PresentedManual => ({
  id: leader.id,
  name: leader.name,
  answers: answers.map(({ answer, facet }) => presentAnswer(answer, facet.key)),
});
