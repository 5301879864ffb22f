import type { FollowershipResult } from "#core/instruments/followership";
import {
  FOLLOWERSHIP_STYLE_DESCRIPTIONS,
  followershipResultText,
} from "#core/instruments/followership-styles";

/**
 * What the nearest pattern tends to mean, how to use it, and a question to start a conversation,
 * in the neutral words of core/instruments/followership-styles.ts: a starting point, not a verdict.
 */
export function StyleDescription({ placed, headingId }: { placed: FollowershipResult; headingId: string }) {
  const text = FOLLOWERSHIP_STYLE_DESCRIPTIONS[placed.style];
  const leaning = placed.leaning === null ? null : FOLLOWERSHIP_STYLE_DESCRIPTIONS[placed.leaning];
  return (
    <div className="style-description">
      <h3 id={headingId}>Nearest pattern: {followershipResultText(placed)}</h3>
      <p>{text.pattern}</p>
      {leaning ? (
        <p>
          The answers edge toward the {leaning.title.toLowerCase()} corner. {leaning.pattern}
        </p>
      ) : null}
      <h4>How to use it</h4>
      <p>{text.howToUse}</p>
      <h4>A question to start a conversation</h4>
      <p className="style-description__starter">{text.starter}</p>
    </div>
  );
}
