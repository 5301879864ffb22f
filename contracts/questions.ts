import { z } from "zod";
import { DEFAULT_FACETS, facetByKey } from "#core/facets/catalogue";
import { DIMENSIONS, type Dimension } from "#core/facets/facet";
import { LINT_CODES } from "#core/questions/linter-types";
import { STARTER_SET_KEYS } from "#core/questions/starter-sets";
import { QUESTION_DEPTHS, QUESTION_TOPICS } from "#core/questions/vocabulary";
import { displayNameSchema, uuidParam } from "./common";

/**
 * The question linter, the bank and a leader's own question lists. One definition of what a facet,
 * topic, depth and question text may be, so the API, the importers and the OpenAPI document agree.
 */

/** The longest question a list item (or a linted text) may hold. */
export const QUESTION_TEXT_MAX = 500;
/** The most texts one lint request may hold. */
export const LINT_BATCH_MAX = 200;
/** The largest list, retired questions included: enough for the whole bank several times over, small enough to handle in memory. */
export const MAX_LIST_ITEMS = 1000;
/** Import content is at most 1 MB of text; JSON escaping can nearly double it on the wire. */
export const IMPORT_CONTENT_MAX = 1024 * 1024;

/**
 * Known facet keys. Facets are becoming workspace rows (issue 3, modules/facets); until lists point at
 * those rows, a question's facet is checked against the default catalogue that every workspace starts with.
 */
export const FACET_KEYS: readonly string[] = DEFAULT_FACETS.map((facet) => facet.key);

/** The dimension a facet belongs to, or null for a topic question or one with neither. */
export const dimensionOf = (facet: string | null): Dimension | null =>
  facet === null ? null : (facetByKey(facet)?.dimension ?? null);

export const isFacetKey = (value: string): boolean => facetByKey(value) !== undefined;

export const facetSchema = z.string().refine(isFacetKey, "is not a known facet");
export const topicSchema = z.enum(QUESTION_TOPICS, { error: `must be one of ${QUESTION_TOPICS.join(", ")}` });
export const depthSchema = z.enum(QUESTION_DEPTHS, { error: `must be one of ${QUESTION_DEPTHS.join(", ")}` });
export const dimensionSchema = z.enum(DIMENSIONS, { error: `must be one of ${DIMENSIONS.join(", ")}` });

/** Whitespace (line breaks included) collapses to single spaces: a question is one line in every format. */
export const normalizeQuestionText = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The text of a question a leader keeps: one line, 1–500 characters after collapsing whitespace. */
export const questionTextSchema = z
  .string()
  .transform(normalizeQuestionText)
  .pipe(
    z
      .string()
      .min(1, "is required")
      .max(QUESTION_TEXT_MAX, `must be at most ${QUESTION_TEXT_MAX} characters`),
  );

/** Query-string booleans: only the two words, so a typo is an error rather than a silent false. */
export const queryFlagSchema = z
  .enum(["true", "false"], { error: "must be true or false" })
  .transform((value) => value === "true");

// The linter (core/questions/linter.ts) over HTTP.

export const lintFindingSchema = z.object({
  code: z.enum(LINT_CODES),
  message: z.string(),
  suggestion: z.string(),
});
export type LintFinding = z.infer<typeof lintFindingSchema>;

export const lintResultSchema = z.object({
  open: z.boolean(),
  findings: z.array(lintFindingSchema),
  language: z.enum(["english", "other"]).nullable(),
});
export type LintResult = z.infer<typeof lintResultSchema>;

/** A text being tried, not kept: it may be empty while someone types (the result is then not open). */
const lintTextSchema = z.string().max(QUESTION_TEXT_MAX, `must be at most ${QUESTION_TEXT_MAX} characters`);

export const lintBody = z
  .object({
    text: lintTextSchema.optional(),
    texts: z
      .array(lintTextSchema)
      .min(1, "must hold at least one text")
      .max(LINT_BATCH_MAX, `must hold at most ${LINT_BATCH_MAX} texts`)
      .optional(),
  })
  .superRefine((body, issue) => {
    if (body.text !== undefined && body.texts !== undefined) {
      issue.addIssue({ code: "custom", path: ["texts"], message: "send either text or texts, not both" });
    } else if (body.text === undefined && body.texts === undefined) {
      issue.addIssue({ code: "custom", path: ["text"], message: "is required (or send texts)" });
    }
  });
export type LintInput = z.input<typeof lintBody>;

/** One text's result ({text}), or each text's in the order sent ({texts}). */
export const lintAnswerSchema = z.union([lintResultSchema, z.object({ results: z.array(lintResultSchema) })]);
export type LintAnswer = z.infer<typeof lintAnswerSchema>;

// The bank.

/** What the bank is filtered by, apart from its text search. */
const bankCriteria = {
  facet: facetSchema.optional(),
  topic: topicSchema.optional(),
  depth: depthSchema.optional(),
  dimension: dimensionSchema.optional(),
};

/** Search and filter criteria of the bank, and of a list's items. */
export const bankFilterSchema = z.object({ ...bankCriteria, q: z.string().max(200).optional() });
export type BankQuery = z.input<typeof bankFilterSchema>;

export const bankQuestionSchema = z.object({
  id: z.string(),
  text: z.string(),
  dimension: dimensionSchema.nullable(),
  facet: z.string().nullable(),
  topic: topicSchema.nullable(),
  depth: depthSchema,
});
export type BankQuestion = z.infer<typeof bankQuestionSchema>;

export const bankSchema = z.object({ version: z.number().int(), questions: z.array(bankQuestionSchema) });
export type Bank = z.infer<typeof bankSchema>;

// A leader's own lists.

export const listParams = z.object({ listId: uuidParam });
export const itemParams = listParams.extend({ itemId: uuidParam });

/** A question of a list: a bank question's fields and what the list adds. */
export const questionListItemSchema = bankQuestionSchema.extend({
  /** 0 is first. */
  position: z.number().int(),
  retired: z.boolean(),
  /** The bank question this was copied from; null for the leader's own. */
  bankQuestionId: z.string().nullable(),
  lint: lintResultSchema,
});
export type QuestionItem = z.infer<typeof questionListItemSchema>;

export const questionItemsSchema = z.object({ items: z.array(questionListItemSchema) });
export type QuestionItems = z.infer<typeof questionItemsSchema>;

export const questionListSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Questions in use (not retired). */
  itemCount: z.number().int(),
  retiredCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QuestionListSummary = z.infer<typeof questionListSummarySchema>;

export const questionListsSchema = z.object({ lists: z.array(questionListSummarySchema) });
export type QuestionLists = z.infer<typeof questionListsSchema>;

export const questionListSchema = questionListSummarySchema.extend({
  items: z.array(questionListItemSchema),
});
export type QuestionList = z.infer<typeof questionListSchema>;

export const importFindingSchema = z.object({
  /** CSV rows count the header as row 1; Markdown rows are line numbers. */
  row: z.number().int(),
  code: z.string(),
  message: z.string(),
  suggestion: z.string(),
});
export type ImportFinding = z.infer<typeof importFindingSchema>;

export const importResultSchema = z.object({
  list: questionListSchema,
  findings: z.array(importFindingSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

const listNameSchema = displayNameSchema(100);

/** The bank filters a new list may copy by: the same text search as GET /questions/bank, so a copy takes exactly what the leader sees. */
export const bankCopyFilterSchema = z.strictObject({
  q: z.string().trim().min(1, "must not be empty").max(200).optional(),
  ...bankCriteria,
});
export type BankCopyFilter = z.input<typeof bankCopyFilterSchema>;

export const newListBody = z.object({
  name: listNameSchema,
  fromBank: z.union([z.literal(true), bankCopyFilterSchema]).optional(),
});
export type NewListInput = z.input<typeof newListBody>;

export const transferFormatSchema = z.enum(["csv", "md"], { error: "must be csv or md" });
export type TransferFormat = z.infer<typeof transferFormatSchema>;

export const importListBody = z.object({
  name: listNameSchema,
  format: transferFormatSchema,
  content: z.string().max(IMPORT_CONTENT_MAX, "must be at most 1 MB"),
});
export type ImportInput = z.input<typeof importListBody>;

export const renameListBody = z.object({ name: listNameSchema });

export const exportQuery = z.object({ format: transferFormatSchema.default("csv") });

export const listItemsQuery = bankFilterSchema.extend({ includeRetired: queryFlagSchema.optional() });

const oneSubject = (
  body: { facet?: string | null | undefined; topic?: string | null | undefined },
  issue: z.RefinementCtx,
) => {
  if (typeof body.facet === "string" && typeof body.topic === "string") {
    issue.addIssue({
      code: "custom",
      path: ["topic"],
      message: "a question has a facet or a topic, not both",
    });
  }
};

export const newItemBody = z
  .object({
    text: questionTextSchema,
    facet: facetSchema.nullable().optional(),
    topic: topicSchema.nullable().optional(),
    depth: depthSchema,
  })
  .superRefine(oneSubject);
export type NewItemInput = z.input<typeof newItemBody>;

export const itemChangesBody = z
  .object({
    text: questionTextSchema.optional(),
    facet: facetSchema.nullable().optional(),
    topic: topicSchema.nullable().optional(),
    depth: depthSchema.optional(),
    retired: z.boolean().optional(),
  })
  .superRefine(oneSubject);
export type ItemChanges = z.input<typeof itemChangesBody>;

export const reorderBody = z.object({ itemIds: z.array(uuidParam).max(MAX_LIST_ITEMS) });

/** The most bank questions one request may add to a list. */
export const FROM_BANK_MAX = 400;

/** A bank question's id as the bank writes it: "q" and three or more digits. */
export const bankQuestionIdSchema = z.string().regex(/^q\d{3,}$/, "must be a bank question id such as q001");

/** Bank questions to add at the end of a list, in the order given. */
export const fromBankBody = z.object({
  questionIds: z
    .array(bankQuestionIdSchema)
    .min(1, "must name at least one question")
    .max(FROM_BANK_MAX, `must name at most ${FROM_BANK_MAX} questions`)
    .superRefine((ids, issue) => {
      const seen = new Set<string>();
      for (const [index, id] of ids.entries()) {
        if (seen.has(id)) issue.addIssue({ code: "custom", path: [index], message: "is named twice" });
        seen.add(id);
      }
    }),
});
export type FromBankInput = z.input<typeof fromBankBody>;

export const fromBankResultSchema = z.object({
  /** The questions added, at the end of the list. */
  added: z.array(questionListItemSchema),
  /** Bank questions left out because the list already holds them (retired ones included). */
  alreadyInList: z.array(z.string()),
});
export type FromBankResult = z.infer<typeof fromBankResultSchema>;

export const BULK_ACTIONS = ["retire", "restore", "move"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** Several questions of a list at once: retire them, restore them, or move them to the end of another list. */
export const bulkItemsBody = z
  .object({
    itemIds: z
      .array(uuidParam)
      .min(1, "must name at least one question")
      .max(MAX_LIST_ITEMS, `must name at most ${MAX_LIST_ITEMS} questions`),
    action: z.enum(BULK_ACTIONS, { error: `must be one of ${BULK_ACTIONS.join(", ")}` }),
    toListId: uuidParam.optional(),
  })
  .superRefine((body, issue) => {
    const seen = new Set<string>();
    for (const [index, id] of body.itemIds.entries()) {
      if (seen.has(id))
        issue.addIssue({ code: "custom", path: ["itemIds", index], message: "is named twice" });
      seen.add(id);
    }
    if (body.action === "move" && body.toListId === undefined)
      issue.addIssue({ code: "custom", path: ["toListId"], message: "is required to move questions" });
    if (body.action !== "move" && body.toListId !== undefined)
      issue.addIssue({ code: "custom", path: ["toListId"], message: "is only for moving questions" });
  });
export type BulkItemsInput = z.input<typeof bulkItemsBody>;

export const bulkResultSchema = z.object({
  /** How many of the named questions changed (retiring a retired one changes nothing). */
  changed: z.number().int(),
  /** The list's questions after the change, in order. */
  items: z.array(questionListItemSchema),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

/** A new list holding one of the ready-made starter sets (core/questions/starter-sets.ts), named after it unless named. */
export const fromStarterBody = z.object({
  set: z.enum(STARTER_SET_KEYS, { error: `must be one of ${STARTER_SET_KEYS.join(", ")}` }),
  name: listNameSchema.optional(),
});
export type FromStarterInput = z.input<typeof fromStarterBody>;
