import { okSchema } from "#contracts/common";
import {
  alignmentSchema,
  myRatingSchema,
  type NewWorkItemInput,
  type WorkItemPatchInput,
  type WorkItemRatingInput,
  workItemSchema,
  workItemsSchema,
} from "#contracts/priorities";
import { api } from "../../lib/api";

export type {
  Alignment,
  AlignmentItem,
  NewWorkItemInput,
  QuadrantKey,
  WorkItem,
  WorkItemPatchInput,
  WorkItemRatingInput,
} from "#contracts/priorities";

const teamPath = (teamId: string) => `/teams/${encodeURIComponent(teamId)}`;
const itemPath = (itemId: string) => `/work-items/${encodeURIComponent(itemId)}`;

export const prioritiesApi = {
  /** The team's work items, archived ones included, each with my rating. */
  items: (teamId: string) => api.get(`${teamPath(teamId)}/work-items`, workItemsSchema),
  add: (teamId: string, input: NewWorkItemInput) =>
    api.post(`${teamPath(teamId)}/work-items`, workItemSchema, input),
  change: (itemId: string, input: WorkItemPatchInput) => api.patch(itemPath(itemId), workItemSchema, input),
  rate: (itemId: string, input: WorkItemRatingInput) =>
    api.put(`${itemPath(itemId)}/rating`, myRatingSchema, input),
  withdrawRating: (itemId: string) => api.delete(`${itemPath(itemId)}/rating`, okSchema),
  /** The figures: the chart, the ranking, what is worth a conversation and how far people agree. */
  alignment: (teamId: string) => api.get(`${teamPath(teamId)}/alignment`, alignmentSchema),
};
