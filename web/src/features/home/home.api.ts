import { okSchema } from "#contracts/common";
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

/** The home's one write; what it shows is read in home.queries.ts. */
export const homeApi = {
  dismissChecklist: () => api.post("/me/home/checklist/dismiss", okSchema),
};
