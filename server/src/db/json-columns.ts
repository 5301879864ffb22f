import { z } from "zod";
import { type CoachGrant, coachGrantSchema } from "#contracts/coaching";
import type { FacetOption } from "#contracts/facets";
import { facetOptionSchema, facetValueSchema } from "#contracts/facets";
import { type TokenScope, tokenScopeSchema } from "#contracts/tokens";
import type { FacetValue } from "#core/facets/facet";
import { LINT_CODES, type LintCode } from "#core/questions/linter-types";

/**
 * The JSON text columns (facet values, a facet's options, a token's scopes), read and written in
 * one place. Only repositories call these, as rows come in and go out: services and routes see
 * values, never text. A read is checked against the contract's schema, which costs little for the
 * few values one request reads; the knowledge behind an audit reads thousands, and takes
 * `readMany`, trusting what was checked when it was written.
 */
function read<Schema extends z.ZodType>(schema: Schema, text: string, column: string): z.output<Schema> {
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`The stored ${column} is not one: ${text.slice(0, 80)}`);
  return result.data;
}

export const facetValueColumn = {
  read: (text: string): FacetValue => read(facetValueSchema, text, "facet value"),
  readMany: (text: string): FacetValue => JSON.parse(text) as FacetValue,
  write: (value: FacetValue): string => JSON.stringify(value),
};

const optionsSchema = z.array(facetOptionSchema);
export const facetOptionsColumn = {
  read: (text: string | null): FacetOption[] | null =>
    text === null ? null : read(optionsSchema, text, "list of facet options"),
  write: (options: readonly FacetOption[] | null | undefined): string | null =>
    options ? JSON.stringify(options) : null,
};

const scopesSchema = z.array(tokenScopeSchema);
export const tokenScopesColumn = {
  read: (text: string): TokenScope[] => read(scopesSchema, text, "list of token scopes"),
  write: (scopes: readonly TokenScope[]): string => JSON.stringify(scopes),
};

const listeningAnswersSchema = z.record(z.string(), z.boolean().nullable());
/** The listening self-check's answers: item key → yes, no or unanswered (null). */
export const listeningCheckColumn = {
  read: (text: string | null): Record<string, boolean | null> =>
    text === null ? {} : read(listeningAnswersSchema, text, "listening self-check"),
  write: (answers: Record<string, boolean | null>): string => JSON.stringify(answers),
};

const pulseAnswersSchema = z.record(z.string(), z.number().int());
/** A trust pulse response's answers: item id → 1–7. */
export const pulseAnswersColumn = {
  read: (text: string): Record<string, number> => read(pulseAnswersSchema, text, "pulse response"),
  write: (answers: Record<string, number>): string => JSON.stringify(answers),
};

const followershipAnswersSchema = z.record(z.string(), z.number().int().min(0).max(6));
/** A take of the followership self-assessment: item id → 0..6. */
export const followershipAnswersColumn = {
  read: (text: string): Record<string, number> =>
    read(followershipAnswersSchema, text, "followership answers"),
  write: (answers: Readonly<Record<string, number>>): string => JSON.stringify(answers),
};

const lintCodesSchema = z.array(z.enum(LINT_CODES));
/** A goal question's lint codes when it was asked. */
export const lintCodesColumn = {
  read: (text: string): LintCode[] => read(lintCodesSchema, text, "lint codes"),
  write: (codes: readonly LintCode[]): string => JSON.stringify(codes),
};

const grantsSchema = z.array(coachGrantSchema);
/** A coaching's grants, stored sorted and each once, so two equal sets are equal text. */
export const coachGrantsColumn = {
  read: (text: string): CoachGrant[] => read(grantsSchema, text, "list of coach grants"),
  write: (grants: readonly CoachGrant[]): string => JSON.stringify([...new Set(grants)].sort()),
};
