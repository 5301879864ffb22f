import { VISIBILITIES } from "#core/privacy/visibility";
import type { Visibility } from "./answers.api";

export const VISIBILITY_CHOICES: readonly Visibility[] = VISIBILITIES;

/** Who sees an answer, in the member's words. */
export const VISIBILITY_TEXT: Record<Visibility, { label: string; explanation: string }> = {
  private: { label: "Only me", explanation: "Nobody else sees it, not even your leaders." },
  leader: { label: "My leaders", explanation: "The leaders of your teams see it. This is the default." },
  team: { label: "My team", explanation: "Your leaders and your teammates see it." },
};
