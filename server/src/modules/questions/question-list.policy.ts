import type { AuthContext } from "../../access/auth-context";
import type { QuestionListTable } from "../../db/schema";

/**
 * Who may do what with question lists. Deny by default.
 *
 * A list is a personal notebook of questions, like a leader's own notes: only its owner sees or changes
 * it. Admins get no view of other people's lists (they administer accounts, not conversations), and a
 * list is never shared. Anyone signed in may keep lists: a member preparing for their own 1:1, a coach,
 * or a leader-to-be lose nothing by it and nobody else is exposed, so requiring a team to lead would only
 * add a rule to explain. Callers answer 404 (not 403) when a list is not the viewer's, so ids do not leak.
 */
export const questionListPolicy = {
  canKeepLists(_auth: AuthContext): boolean {
    return true;
  },
  canUse(auth: AuthContext, list: Pick<QuestionListTable, "owner_id" | "workspace_id">): boolean {
    return list.owner_id === auth.userId && list.workspace_id === auth.workspaceId;
  },
};
