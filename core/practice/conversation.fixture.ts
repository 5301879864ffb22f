import type { PracticeConversation } from "./figures";

/** For the practice tests: a conversation held on 10 February 2026, with what `over` changes. */
export const conversation = (over: Partial<PracticeConversation>): PracticeConversation => ({
  status: "held",
  scheduledAt: "2026-02-10T10:00:00Z",
  heldAt: "2026-02-10T10:00:00Z",
  questions: [],
  loopSignalAt: null,
  loopClosedAt: null,
  listeningCheck: null,
  talkShare: null,
  ...over,
});
