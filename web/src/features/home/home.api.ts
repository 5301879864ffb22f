import { okSchema } from "#contracts/common";
import { homeSchema } from "#contracts/home";
import { api } from "../../lib/api";

export type {
  ChecklistStep,
  Home,
  HomeAnswerRequest,
  HomeCell,
  HomeConversation,
  HomeInvitation,
  HomeLeading,
  HomeMember,
  HomeOpenLoop,
  HomeOverdue,
} from "#contracts/home";

export const homeApi = {
  /** What my home shows: what to do now as a leader and as a member, and my first-week checklist. */
  mine: () => api.get("/me/home", homeSchema),
  dismissChecklist: () => api.post("/me/home/checklist/dismiss", okSchema),
};
