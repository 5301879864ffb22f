import { lintQuestion } from "./linter";

/**
 * A question's findings in a form a table can spell out: the code, followed for leading findings by
 * the cue the message names ("leading the tag “right?”") and for advice and loaded findings by the
 * words it quotes ("advice Have you tried…", "loaded always").
 */
export function findings(text: string): string[] {
  return lintQuestion(text).findings.map((finding) => {
    const cue =
      finding.code === "leading"
        ? finding.message.match(/\((.+)\)/)?.[1]
        : finding.code === "advice" || finding.code === "loaded"
          ? finding.message.match(/^“([^”]+)”/)?.[1]
          : undefined;
    return cue === undefined ? finding.code : `${finding.code} ${cue}`;
  });
}

/** The suggestion of a question's finding with this code, if there is one. */
export function suggestion(text: string, code: string): string | undefined {
  return lintQuestion(text).findings.find((finding) => finding.code === code)?.suggestion;
}
