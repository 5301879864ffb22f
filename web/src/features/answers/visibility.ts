import { VISIBILITIES } from "#core/privacy/visibility";
import type { Visibility } from "./answers.api";

export const VISIBILITY_CHOICES: readonly Visibility[] = VISIBILITIES;

/**
 * Who sees an answer, in its author's words; true for a leader's own answers too
 * (core/privacy/visibility.ts): "My team" reaches the people of the teams they lead.
 */
export const VISIBILITY_TEXT: Record<Visibility, { label: string; explanation: string }> = {
  private: { label: "Only me", explanation: "Nobody else sees it, not even your leaders." },
  leader: { label: "My leaders", explanation: "The people who lead you see it. This is the default." },
  team: { label: "My team", explanation: "Your leaders and everyone on your teams see it." },
};
