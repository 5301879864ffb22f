import type { AssignmentMeasure, CoachGrant } from "./coaching.api";

/** Each grant's name and, in a line, what it lets a coach see (and what it never does). */
export const GRANT_WORDS: Record<CoachGrant, { label: string; shows: string }> = {
  practice: {
    label: "Practice figures",
    shows:
      "How you hold your conversations, month by month: how often, open questions, loops, listening and commitments kept. Counts only.",
  },
  audit: {
    label: "Audit figures",
    shows:
      "Each of your teams' coverage, accuracy and calibration, as team totals: never a person or a cell.",
  },
  goals: {
    label: "Goal adoption curves",
    shows: "How many have joined each of your goals, week by week: never who.",
  },
  alignment: {
    label: "Alignment figures",
    shows: "How far each of your teams agrees on its priorities: never anyone's rating.",
  },
  manual: {
    label: "Working-with-me manual",
    shows: "The answers in your own “working with me” that you share with anyone: never a private one.",
  },
};

/** Said wherever a leader grants or reviews what a coach sees. */
export const NEVER_SEEN =
  "A coach never sees your members' answers, your beliefs about them, your conversation notes, a pulse response, or any member's name.";

/** What a measured assignment counts, as a coach chooses it and a leader reads it. */
export const MEASURE_WORDS: Record<AssignmentMeasure, { label: string; counted: string }> = {
  manual: { label: "Marked done by the leader", counted: "" },
  conversations_held: { label: "Conversations held", counted: "conversations held" },
  loops_closed: { label: "Vulnerability loops closed", counted: "loops closed" },
  open_questions_asked: { label: "Open questions asked", counted: "open questions asked" },
  commitments_kept: { label: "Commitments kept on time", counted: "commitments kept" },
};

export const STATUS_WORDS = {
  pending: "Invited, not accepted yet",
  expired: "The link expired unused",
  active: "Coaching you",
} as const;
