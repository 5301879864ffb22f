import { z } from "zod";

/**
 * Names people see of each other (people, teams, workspaces, lists). Control and format
 * characters can make a name lie about itself (U+202E turns "nimdA" into "Admin", zero-width
 * characters make two names look alike), so they are refused, except the two that emoji
 * need: the zero-width joiner inside an emoji sequence (👩‍💻) and the tag characters of a
 * subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
 */
const SUSPECT = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/u;
const ZWJ = 0x200d;
const BLACK_FLAG = 0x1f3f4;
const isTag = (cp: number) => cp >= 0xe0020 && cp <= 0xe007f;

/** The first character a name may not hold, as U+XXXX, or null when every character is fine. */
export function forbiddenCharacter(name: string): string | null {
  const points = [...name];
  for (const [i, char] of points.entries()) {
    if (!SUSPECT.test(char)) continue;
    const cp = char.codePointAt(0) ?? 0;
    const before = points[i - 1] ?? "";
    const after = points[i + 1] ?? "";
    if (cp === ZWJ && PICTOGRAPHIC.test(before) && PICTOGRAPHIC.test(after)) continue;
    if (isTag(cp)) {
      let j = i - 1;
      while (j >= 0 && isTag(points[j]?.codePointAt(0) ?? 0)) j--;
      if (points[j]?.codePointAt(0) === BLACK_FLAG) continue;
    }
    return `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return null;
}

/** A display name: NFC, runs of white space made one space, trimmed, 1 to `max` characters, no hidden characters. */
export const displayNameSchema = (max = 100) =>
  z
    .string()
    .transform((name) =>
      name
        .normalize("NFC")
        .replace(/[\t\n\v\f\r \u00a0\u2000-\u200a\u3000]+/g, " ")
        .trim(),
    )
    .superRefine((name, issue) => {
      const char = forbiddenCharacter(name);
      if (char)
        issue.addIssue({
          code: "custom",
          message: `must not contain the invisible or control character ${char}`,
        });
    })
    .pipe(z.string().min(1, "is required").max(max, `must be at most ${max} characters`));
