import type { Kysely, Transaction } from "kysely";
import { type FacetValue, isAudited } from "#core/facets/facet";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { AnswerRow, AnswerVersionRow, Database, Visibility } from "../../db/schema";
import { iso } from "../../lib/clock";
import { forbidden, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { type FacetRow, facetService, listFacets } from "../facets";
import { teamService } from "../teams";
import { findUserInWorkspace } from "../users";
import { answerRepository, type HistoryPosition } from "./answer.repository";

/** Facet values are JSON-shaped (text, option ids, a number): equal values encode alike. */
const sameValue = (a: FacetValue, b: FacetValue): boolean => JSON.stringify(a) === JSON.stringify(b);

/** A version written less than this after the same person's previous one on a facet replaces it. */
export const COLLAPSE_WITHIN_MS = 10 * 60_000;

/**
 * Records a version of my answer. Rapid edits collapse: when my previous version on this facet is
 * less than ten minutes old, it is rewritten with this one (its time too) instead of a row being
 * added, so history grows by at most one version per facet per ten quiet minutes, however fast
 * someone writes.
 */
async function recordVersion(db: Kysely<Database>, version: Omit<AnswerVersionRow, "id">): Promise<void> {
  const previous = await answerRepository.latestVersion(db, version.user_id, version.facet_id);
  const age = previous
    ? Date.parse(version.recorded_at) - Date.parse(previous.recorded_at)
    : Number.POSITIVE_INFINITY;
  if (previous && age < COLLAPSE_WITHIN_MS) {
    const { value, visibility, withdrawn, recorded_at } = version;
    await answerRepository.replaceVersion(db, previous.id, { value, visibility, withdrawn, recorded_at });
  } else {
    await answerRepository.addVersion(db, { id: newId(), ...version });
  }
}

/**
 * Writes or rewrites a person's answer on a facet, in the caller's transaction (which has moved
 * the data version): the value must already be checked against the facet. The earlier version
 * stays in the person's history; new words are a new revision, sealed again for every leader, and
 * drop the comparisons made against the old ones.
 */
export async function writeAnswer(
  trx: Transaction<Database>,
  input: { userId: string; facetId: string; value: FacetValue; visibility: Visibility; now: string },
): Promise<AnswerRow> {
  const { userId, facetId, value, visibility, now } = input;
  const existing = await answerRepository.find(trx, userId, facetId);
  const wordsChanged = existing !== undefined && !sameValue(existing.value, value);
  // New words are a new revision, sealed again for every leader until they look (or guess).
  const revision = existing ? existing.revision + (wordsChanged ? 1 : 0) : 1;
  const row: AnswerRow = {
    id: existing?.id ?? newId(),
    user_id: userId,
    facet_id: facetId,
    value,
    visibility,
    revision,
    created_at: existing?.created_at ?? now,
    updated_at: now,
  };
  if (existing) {
    await answerRepository.update(trx, existing.id, { value, visibility, revision, updated_at: now });
  } else {
    await answerRepository.insert(trx, row);
  }
  await recordVersion(trx, {
    user_id: userId,
    facet_id: facetId,
    value,
    visibility,
    withdrawn: 0,
    recorded_at: now,
  });
  // A comparison judged the old words; once they change, every leader must look again.
  if (wordsChanged) await answerRepository.forgetComparisons(trx, userId, facetId);
  return row;
}

export function answerService(ctx: AppContext) {
  const facets = facetService(ctx);
  const teams = teamService(ctx);

  /**
   * My "working with me" manual: only what I wrote, current answers only, in the order it is
   * read (the prompts about leading first, then each dimension), each with who sees it.
   */
  async function manual(auth: AuthContext): Promise<MyManual> {
    const [user, catalogue, answers] = await Promise.all([
      findUserInWorkspace(ctx.db, auth.workspaceId, auth.userId),
      listFacets(ctx.db, auth.workspaceId, true),
      answerRepository.listFor(ctx.db, auth.userId),
    ]);
    const byFacet = new Map(answers.map((a) => [a.facet_id, a]));
    const answered = catalogue.filter((f) => byFacet.has(f.id));
    const section = (heading: string, written: FacetRow[]): ManualSection => ({
      heading,
      entries: written.flatMap((facet) => {
        const answer = byFacet.get(facet.id);
        return answer
          ? [{ title: facet.title, value: describeValue(facet, answer.value), visibility: answer.visibility }]
          : [];
      }),
    });
    const sections = [
      section(
        "As a leader",
        answered.filter((f) => !isAudited(f)),
      ),
      ...(["workstyle", "values", "followership"] as const).map((dimension) =>
        section(
          `${dimension[0]?.toUpperCase()}${dimension.slice(1)}`,
          answered.filter((f) => isAudited(f) && f.dimension === dimension),
        ),
      ),
    ];
    return {
      name: user?.name ?? "me",
      writtenOn: iso(ctx.clock.now()).slice(0, 10),
      sections: sections.filter((s) => s.entries.length > 0),
    };
  }

  return {
    manual,

    /**
     * Writes or rewrites my answer; the earlier version stays in my history. The prompts about
     * leading are answered only by someone who leads a team.
     */
    async put(
      auth: AuthContext,
      facetIdOrKey: string,
      value: unknown,
      visibility: Visibility,
    ): Promise<{ row: AnswerRow; facet: FacetRow }> {
      const { facet, value: checked } = await facets.checkedValue(auth, facetIdOrKey, value);
      if (!isAudited(facet) && !(await teams.leadsATeam(auth.userId)))
        throw forbidden("Only people who lead a team answer the prompts about leading.");
      return writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const row = await writeAnswer(trx, {
          userId: auth.userId,
          facetId: facet.id,
          value: checked,
          visibility,
          now: iso(ctx.clock.now()),
        });
        return { row, facet };
      });
    },

    /**
     * Withdraws my answer: nobody sees it any more. The withdrawal keeps the words withdrawn, so
     * my history still holds them when it replaces a version I wrote minutes before.
     */
    async withdraw(auth: AuthContext, facetIdOrKey: string): Promise<void> {
      const facet = await facets.get(auth, facetIdOrKey);
      await writeContent(ctx.db, auth.workspaceId, async (trx) => {
        const existing = await answerRepository.delete(trx, auth.userId, facet.id);
        if (!existing) throw notFound("Your answer on this facet");
        await recordVersion(trx, {
          user_id: auth.userId,
          facet_id: facet.id,
          value: existing.value,
          visibility: null,
          withdrawn: 1,
          recorded_at: iso(ctx.clock.now()),
        });
        await answerRepository.forgetComparisons(trx, auth.userId, facet.id);
      });
    },

    /** My current answers; their history is read per facet, a page at a time. */
    async mine(auth: AuthContext) {
      const [facets, answers] = await Promise.all([
        listFacets(ctx.db, auth.workspaceId, true),
        answerRepository.listFor(ctx.db, auth.userId),
      ]);
      return { facets, answers };
    },

    /** One page of my versions on a facet, newest first, and where the next page starts (null: none). */
    async history(auth: AuthContext, facetIdOrKey: string, after: HistoryPosition | null, limit: number) {
      const facet = await facets.get(auth, facetIdOrKey);
      const rows = await answerRepository.historyPage(ctx.db, auth.userId, facet.id, after, limit);
      const versions = rows.slice(0, limit);
      const last = versions.at(-1);
      const next: HistoryPosition | null =
        rows.length > limit && last ? { recordedAt: last.recorded_at, id: last.id } : null;
      return { facet, versions, next };
    },

    /** My "working with me" manual as Markdown: only what I wrote, current answers only. */
    async manualMarkdown(auth: AuthContext): Promise<string> {
      const { name, writtenOn, sections } = await manual(auth);
      const lines = [`# Working with ${name}`, "", `_Written by ${name}; ${writtenOn}._`];
      for (const { heading, entries } of sections) {
        lines.push("", `## ${heading}`);
        for (const entry of entries) lines.push("", `### ${entry.title}`, "", entry.value);
      }
      return `${lines.join("\n")}\n`;
    },
  };
}

/** One section of a person's manual: a heading, and each answer in words with who sees it. */
export interface ManualSection {
  heading: string;
  entries: { title: string; value: string; visibility: Visibility }[];
}

/** A person's own "working with me" manual: their name, the day it was made, its sections. */
export interface MyManual {
  name: string;
  /** `YYYY-MM-DD`, UTC. */
  writtenOn: string;
  sections: ManualSection[];
}

/** A value in words: option labels instead of ids, a scale with its ends. */
export function describeValue(facet: FacetRow, value: FacetValue): string {
  const options = facet.options ?? [];
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  if (Array.isArray(value)) return value.map((v) => `- ${label(v)}`).join("\n");
  if (typeof value === "number")
    return `${value} of 5 (1 = ${facet.scale_low ?? "low"}, 5 = ${facet.scale_high ?? "high"})`;
  return facet.kind === "single_choice" ? label(value) : value;
}
