import { CALENDAR_ROWS } from "./calendar.rows";
import { COACHING_ROWS } from "./coaching.rows";
import { COMMITMENT_ROWS } from "./commitments.rows";
import { CONVERSATION_ROWS } from "./conversations.rows";
import { ERASURE_ROWS } from "./erasure.rows";
import { EXPORT_ROWS } from "./exports.rows";
import { FOLLOWERSHIP_ROWS } from "./followership.rows";
import { ACCEPT_ROWS, FOUNDATION_ROWS, LOGOUT_ROW } from "./foundation.rows";
import { GOAL_ROWS } from "./goals.rows";
import { HOME_ROWS } from "./home.rows";
import { KNOWLEDGE_ROWS } from "./knowledge.rows";
import { MANAGEMENT_ROWS } from "./management.rows";
import { PASSWORD_RESET_ROWS } from "./password-resets.rows";
import { PRACTICE_ROWS } from "./practice.rows";
import { PRIORITY_ROWS } from "./priorities.rows";
import { PULSE_ROWS } from "./pulses.rows";
import { QUESTION_ROWS } from "./questions.rows";
import { REPORT_ROWS } from "./reports.rows";
import type { Row } from "./row";
import { SECOND_FACTOR_ROWS } from "./second-factor.rows";
import { SECURITY_LOG_ROWS } from "./security-log.rows";
import { TOKEN_ROWS } from "./tokens.rows";
import { WORKSPACE_FIGURES_ROWS } from "./workspace-figures.rows";

/**
 * Every route × every role, with the status each must get. Rows are ordered so that a route
 * that changes state runs after the routes that depend on that state; destructive rows undo
 * themselves (deactivate is followed by reactivate).
 */
export const ROWS: Row[] = [
  ...FOUNDATION_ROWS,
  ...PASSWORD_RESET_ROWS,
  ...SECOND_FACTOR_ROWS,
  ...KNOWLEDGE_ROWS,
  ...HOME_ROWS,
  ...CONVERSATION_ROWS,
  ...QUESTION_ROWS,
  ...TOKEN_ROWS,
  ...CALENDAR_ROWS,
  ...COMMITMENT_ROWS,
  ...PRACTICE_ROWS,
  ...PULSE_ROWS,
  ...FOLLOWERSHIP_ROWS,
  ...PRIORITY_ROWS,
  ...GOAL_ROWS,
  ...REPORT_ROWS,
  ...EXPORT_ROWS,
  ...COACHING_ROWS,
  ...SECURITY_LOG_ROWS,
  ...WORKSPACE_FIGURES_ROWS,
  ...MANAGEMENT_ROWS,
  ...ERASURE_ROWS,
  ...ACCEPT_ROWS,
  LOGOUT_ROW,
];
