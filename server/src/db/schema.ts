import type { Generated, Insertable, Selectable } from "kysely";
import type { FacetOption } from "#contracts/facets";
import type { TokenScope } from "#contracts/tokens";
import type { FacetAudience, FacetValue } from "#core/facets/facet";
import type { FollowershipLeaning, FollowershipStyle } from "#core/instruments/followership";
import type { Stance } from "#core/movement/stances";
import type { Visibility } from "#core/privacy/visibility";

/**
 * Table types for Kysely. Encoding, the same on SQLite and PostgreSQL (see docs/adr/0001):
 * - ids are UUID text;
 * - timestamps are ISO-8601 UTC text with milliseconds (`2026-11-25T02:24:06.000Z`), so they
 *   sort and compare as strings;
 * - booleans are integers 0/1;
 * - structured values are JSON text, which repositories decode as they read (db/json-columns.ts):
 *   the `*Row` types beside these tables are what they return, values in place of the text.
 */
export type Timestamp = string;
export type Flag = 0 | 1;

export interface WorkspaceTable {
  id: string;
  name: string;
  freshness_days: number;
  created_at: Timestamp;
  /** Moves with every write to the workspace's content (db/data-version.ts); ADR 5. */
  data_version: Generated<number>;
  /** Moves with every change to the workspace's facets (facets module); what audits keep the catalogue by. */
  catalogue_version: Generated<number>;
  /** Trust pulse: the fewest respondents behind a figure shown (never below 3). */
  pulse_score_threshold: Generated<number>;
  /** Trust pulse: the fewest respondents for comments to show (never below 3). */
  pulse_comment_threshold: Generated<number>;
  /** Security log: how many days an event is kept (30–3650). */
  security_log_retention_days: Generated<number>;
  /** Whether admins must use two-step sign-in (a TOTP app) before doing anything else. */
  admins_need_second_factor: Generated<Flag>;
}

export interface UserTable {
  id: string;
  workspace_id: string;
  email: string;
  name: string;
  password_hash: string;
  is_admin: Flag;
  deactivated_at: Timestamp | null;
  /** An IANA time zone (`Europe/Berlin`), in which the user's calendar feed and mails show times. */
  time_zone: Generated<string>;
  /** Whether the user gets a reminder the day before a planned conversation. */
  reminders_enabled: Generated<Flag>;
  /** Whether a leader gets the weekly digest by mail. */
  digest_enabled: Generated<Flag>;
  /** Moves with every change to the user's question lists; what audits keep their questions by. */
  questions_version: Generated<number>;
  /** Erased (modules/erasure): a tombstone named "a former member", on no list of people. */
  erased_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A user as read, and as written when added (its settings then take their defaults). */
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;

export type TeamRole = "leader" | "member";

export interface TeamTable {
  id: string;
  workspace_id: string;
  name: string;
  created_at: Timestamp;
}

export interface TeamMembershipTable {
  team_id: string;
  user_id: string;
  role: TeamRole;
  created_at: Timestamp;
}

export interface InvitationTable {
  id: string;
  workspace_id: string;
  team_id: string;
  email: string;
  role: TeamRole;
  token_hash: string;
  invited_by: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  accepted_by: string | null;
  /** Withdrawn by someone who manages the team: the link answers 410 "withdrawn". */
  revoked_at: Timestamp | null;
}

/** A link an invitation had before it was renewed: it answers 410 "replaced by a newer link". */
export interface ReplacedInvitationLinkTable {
  token_hash: string;
  invitation_id: string;
  replaced_at: Timestamp;
}

export interface SessionTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  /** The client address and (shortened) user agent the session was started from; null before issue 14. */
  address: string | null;
  user_agent: string | null;
}

export interface LoginFailureTable {
  id: string;
  /** `account:<email>` or `address:<ip>`. */
  subject: string;
  failed_at: Timestamp;
}

/** How many writes to content routes a person made in the minute starting at `window_start`. */
export interface WriteLimitTable {
  user_id: string;
  window_start: Timestamp;
  writes: number;
}

export type { Visibility };

export interface FacetTable {
  id: string;
  workspace_id: string;
  key: string;
  dimension: "workstyle" | "values" | "followership";
  title: string;
  /** What the facet is about, said to the person answering it (second person). */
  about_you: string;
  /** The same, said to someone reading about that person (third person). */
  about_them: string;
  kind: "text" | "single_choice" | "multiple_choice" | "scale";
  /** JSON array of {id, label} for choice facets. */
  options: string | null;
  scale_low: string | null;
  scale_high: string | null;
  weight: number;
  position: number;
  /** Whom the facet asks; `leaders` facets are never audited (core/facets/facet.ts). */
  audience: FacetAudience;
  retired_at: Timestamp | null;
  created_at: Timestamp;
}

/** A facet as repositories return it: its options decoded. */
export type FacetRow = Omit<FacetTable, "options"> & { options: FacetOption[] | null };

/** A member's current answer on a facet. `value` is JSON (string, option ids or a number). */
export interface AnswerTable {
  id: string;
  user_id: string;
  facet_id: string;
  value: string;
  visibility: Visibility;
  /** The version of the words: 1, then one more each time the member changes what it says. */
  revision: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An answer as repositories return it: its value decoded. */
export type AnswerRow = Omit<AnswerTable, "value"> & { value: FacetValue };

/**
 * A leader looked at one revision of a member's answer (PRODUCT.md, "Beliefs come first"): by
 * choosing to, or by writing a belief while it was sealed. Without a row for the current
 * revision, the answer is sealed for that leader.
 */
export interface AnswerRevealTable {
  leader_id: string;
  person_id: string;
  facet_id: string;
  answer_id: string;
  revision: number;
  revealed_at: Timestamp;
}

/**
 * The versions of an answer, withdrawals included; the member alone sees these. A version written
 * within ten minutes of the previous one replaces it. A withdrawal keeps the withdrawn `value`
 * (null on withdrawals recorded before that) and has no visibility.
 */
export interface AnswerVersionTable {
  id: string;
  user_id: string;
  facet_id: string;
  value: string | null;
  visibility: Visibility | null;
  withdrawn: Flag;
  recorded_at: Timestamp;
}

export type AnswerVersionRow = Omit<AnswerVersionTable, "value"> & { value: FacetValue | null };

export interface BeliefTable {
  id: string;
  leader_id: string;
  person_id: string;
  facet_id: string;
  value: string;
  source: "assumed" | "inferred" | "heard" | "observed" | "asked";
  confidence: number;
  /** Recorded or changed after the leader looked at the current revision of the member's answer: kept out of accuracy. */
  after_answer: Flag;
  recorded_at: Timestamp;
}

/** A belief as repositories return it: its value decoded. */
export type BeliefRow = Omit<BeliefTable, "value"> & { value: FacetValue };

/** A leader's judgement of belief against answer (text facets), or an override with a reason. */
export interface ComparisonTable {
  id: string;
  leader_id: string;
  person_id: string;
  facet_id: string;
  outcome: "match" | "partial" | "miss";
  reason: string | null;
  compared_at: Timestamp;
}

export interface Database {
  workspaces: WorkspaceTable;
  users: UserTable;
  teams: TeamTable;
  team_memberships: TeamMembershipTable;
  invitations: InvitationTable;
  replaced_invitation_links: ReplacedInvitationLinkTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  facets: FacetTable;
  answers: AnswerTable;
  answer_versions: AnswerVersionTable;
  answer_reveals: AnswerRevealTable;
  beliefs: BeliefTable;
  comparisons: ComparisonTable;
  question_lists: QuestionListTable;
  question_list_items: QuestionListItemTable;
  write_limits: WriteLimitTable;
  api_tokens: ApiTokenTable;
  job_runs: JobRunTable;
  security_events: SecurityEventTable;
  password_resets: PasswordResetTable;
  checklist_dismissals: ChecklistDismissalTable;
  conversations: ConversationTable;
  conversation_items: ConversationItemTable;
  commitments: CommitmentTable;
  cadences: CadenceTable;
  answer_requests: AnswerRequestTable;
  calendar_feeds: CalendarFeedTable;
  pulses: PulseTable;
  pulse_participations: PulseParticipationTable;
  pulse_responses: PulseResponseTable;
  followership_assessments: FollowershipAssessmentTable;
  followership_estimates: FollowershipEstimateTable;
  work_items: WorkItemTable;
  work_item_ratings: WorkItemRatingTable;
  goals: GoalTable;
  goal_stances: GoalStanceTable;
  goal_stance_events: GoalStanceEventTable;
  goal_perceived_stances: GoalPerceivedStanceTable;
  goal_perceived_events: GoalPerceivedEventTable;
  goal_stance_looks: GoalStanceLookTable;
  goal_thanks: GoalThanksTable;
  goal_questions: GoalQuestionTable;
  coachings: CoachingTable;
  coach_notes: CoachNoteTable;
  coach_assignments: CoachAssignmentTable;
  second_factors: SecondFactorTable;
  recovery_codes: RecoveryCodeTable;
}

/** A team's work item, to be rated for value and effort; archived rather than deleted. */
export interface WorkItemTable {
  id: string;
  workspace_id: string;
  team_id: string;
  title: string;
  description: string | null;
  created_by: string | null;
  created_at: Timestamp;
  archived_at: Timestamp | null;
}

/** One person's rating of a work item: value and effort 1–5, with its visibility; one per person and item. */
export interface WorkItemRatingTable {
  item_id: string;
  user_id: string;
  value: number;
  effort: number;
  visibility: Visibility;
  rated_at: Timestamp;
}

/** A rung of a goal's stance ladder (core/movement/stances.ts). */
export type GoalStance = Stance;

/** A common goal a leader states for a team: what, why it matters, the first small step. */
export interface GoalTable {
  id: string;
  workspace_id: string;
  team_id: string;
  title: string;
  why: string;
  first_step: string;
  status: "active" | "archived";
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A member's current stated stance on a goal; one per goal and member. */
export interface GoalStanceTable {
  goal_id: string;
  user_id: string;
  stance: GoalStance;
  visibility: Visibility;
  /** The member agreed to be named as a follower. */
  consent_named: Flag;
  /** When the stance last changed rung (a look before then no longer unseals it). */
  stated_at: Timestamp;
  updated_at: Timestamp;
}

/** Each statement or withdrawal (null stance) of a member's stance: the adoption curve's history. */
export interface GoalStanceEventTable {
  id: string;
  goal_id: string;
  user_id: string;
  stance: GoalStance | null;
  visibility: Visibility | null;
  at: Timestamp;
}

/** A leader's perceived stance of a member on a goal; the leader's alone. */
export interface GoalPerceivedStanceTable {
  goal_id: string;
  leader_id: string;
  person_id: string;
  stance: GoalStance;
  /** Written after the leader had looked at the member's current stated stance. */
  after_stated: Flag;
  recorded_at: Timestamp;
}

/** Each perceived stance a leader recorded: their perceived curve. */
export interface GoalPerceivedEventTable {
  id: string;
  goal_id: string;
  leader_id: string;
  person_id: string;
  stance: GoalStance;
  at: Timestamp;
}

/** A leader looked at a member's stated stance on a goal (the latest look). */
export interface GoalStanceLookTable {
  goal_id: string;
  leader_id: string;
  person_id: string;
  looked_at: Timestamp;
}

/** A leader's thanks to a follower, shown on the goal page to the team; one per goal and person. */
export interface GoalThanksTable {
  goal_id: string;
  person_id: string;
  leader_id: string;
  message: string;
  thanked_at: Timestamp;
}

/** A question about a goal, with the linter's codes when asked, and a leader's answer. */
export interface GoalQuestionTable {
  id: string;
  goal_id: string;
  asked_by: string;
  text: string;
  /** JSON text: the lint codes. */
  lint_codes: string;
  asked_at: Timestamp;
  answer: string | null;
  answered_by: string | null;
  answered_at: Timestamp | null;
}

/** One take of a member's followership self-assessment; every take is kept (their history). */
export interface FollowershipAssessmentTable {
  id: string;
  workspace_id: string;
  user_id: string;
  /** JSON text: item id → 0..6. */
  answers: string;
  it: number;
  ae: number;
  style: FollowershipStyle;
  leaning: FollowershipLeaning | null;
  visibility: Visibility;
  taken_at: Timestamp;
}

/** A leader's estimate of a person on the two followership axes; one per leader and person. */
export interface FollowershipEstimateTable {
  id: string;
  workspace_id: string;
  leader_id: string;
  person_id: string;
  it: number;
  ae: number;
  /** Written after the leader had looked at the person's result (their followership-style answer). */
  after_result: Flag;
  recorded_at: Timestamp;
}

/** How long someone had been on the team when they answered a round: under 180 days, or longer. */
export type PulseTenure = "newer" | "longer";

/** One round of the trust pulse for a team: opened on a day, closing on a day (UTC days). */
export interface PulseTable {
  id: string;
  workspace_id: string;
  team_id: string;
  opened_by: string | null;
  opened_on: string;
  /** The instant it was opened (rounds are ordered by it). */
  opened_at: Timestamp;
  closes_on: string;
  closed_on: string | null;
  /** The last day the reminder job mailed those who had not answered. */
  reminded_on: string | null;
}

/** Who answered a round: only there to refuse a second answer and to remind the others. No time. */
export interface PulseParticipationTable {
  pulse_id: string;
  user_id: string;
  tenure: PulseTenure;
}

/** One anonymous response: no user id, no time finer than the day; `answers` is JSON text. */
export interface PulseResponseTable {
  id: string;
  pulse_id: string;
  answered_on: string;
  tenure: PulseTenure;
  answers: string;
  comment: string | null;
}

/** A person hid the first-week checklist from their home (modules/home). */
export interface ChecklistDismissalTable {
  user_id: string;
  dismissed_at: Timestamp;
}

/** A password reset link (issue 9): single use, one hour; the token itself is never stored. */
export interface PasswordResetTable {
  id: string;
  user_id: string;
  token_hash: string;
  /** The admin who made the link; null when the person asked for it by mail. */
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** One scheduled job's run for one period (server/src/jobs); the key (job, period_start) is unique. */
export interface JobRunTable {
  job: string;
  period_start: Timestamp;
  started_at: Timestamp;
  finished_at: Timestamp | null;
  status: "running" | "succeeded" | "failed";
  error: string | null;
}

/** A personal API token (issue 18); the secret itself is never stored. */
export interface ApiTokenTable {
  id: string;
  workspace_id: string;
  user_id: string;
  name: string;
  /** The first characters after `rapport_pat_`, shown so a person can tell tokens apart. */
  prefix: string;
  token_hash: string;
  /** JSON array of scope names. */
  scopes: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** A token as repositories return it: its scopes decoded. */
export type ApiTokenRow = Omit<ApiTokenTable, "scopes"> & { scopes: TokenScope[] };

/** A leader's own list of questions (issue 4); private to its owner. */
export interface QuestionListTable {
  id: string;
  workspace_id: string;
  owner_id: string;
  name: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One question in a list: about a facet (catalogue key), a topic, or neither; never both. */
export interface QuestionListItemTable {
  id: string;
  list_id: string;
  text: string;
  facet: string | null;
  topic: string | null;
  depth: "light" | "medium" | "deep";
  /** Dense, 0-based order in the list. */
  position: number;
  retired: Flag;
  /** The bank question this was copied from (core/questions/bank.json id); null for the leader's own. */
  bank_question_id: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/**
 * A leader's 1:1 with a person they lead, planned for an instant and then held (or cancelled).
 * `shared_notes` both see; `private_notes`, the loop and the self-check are the leader's alone.
 */
export interface ConversationTable {
  id: string;
  workspace_id: string;
  leader_id: string;
  person_id: string;
  scheduled_at: Timestamp;
  duration_minutes: Generated<number>;
  status: Generated<"planned" | "held" | "cancelled">;
  held_at: Timestamp | null;
  shared_notes: Generated<string>;
  private_notes: Generated<string>;
  /** The vulnerability loop: what the leader shared first (the signal)… */
  loop_signal: string | null;
  loop_signal_at: Timestamp | null;
  /** …when the member noticed and answered in kind… */
  loop_response_at: Timestamp | null;
  /** …and when the leader noticed that: the loop's close. */
  loop_closed_at: Timestamp | null;
  /** The listening self-check's answers, JSON text (an object of item key → boolean). */
  listening_check: string | null;
  /** The leader's estimate of their share of talk time, 0–100. */
  talk_share: number | null;
  checked_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** One item of a conversation's agenda: the leader's questions and topics, the member's talking points. */
export interface ConversationItemTable {
  id: string;
  conversation_id: string;
  position: number;
  author: "leader" | "member";
  kind: "question" | "topic";
  text: string;
  facet_id: string | null;
  /** The bank question or list item it came from, when it came from one. */
  question_id: string | null;
  /** A question asked, or a topic talked through. */
  covered: Generated<Flag>;
  /** The unfinished item of an earlier conversation this one carries over. */
  carried_from: string | null;
  created_at: Timestamp;
}

/** What the leader or the member (`owner`) promised, due on a day; done or dropped on a day. */
export interface CommitmentTable {
  id: string;
  workspace_id: string;
  leader_id: string;
  person_id: string;
  conversation_id: string | null;
  owner: "leader" | "member";
  text: string;
  /** A calendar day, `YYYY-MM-DD`. */
  due_on: string;
  status: Generated<"open" | "done" | "dropped">;
  closed_on: string | null;
  created_by: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A leader's target rhythm of conversations with one person they lead. */
export interface CadenceTable {
  leader_id: string;
  person_id: string;
  rhythm: "weekly" | "fortnightly" | "monthly" | "none";
  updated_at: Timestamp;
}

/** A leader's request that a person record their own answer on a facet; shown until they answer it. */
export interface AnswerRequestTable {
  id: string;
  leader_id: string;
  person_id: string;
  facet_id: string;
  conversation_id: string | null;
  created_at: Timestamp;
}

/** A user's calendar feed: the HMAC of the secret in its URL; regenerating replaces it. */
export interface CalendarFeedTable {
  user_id: string;
  secret_hash: string;
  created_at: Timestamp;
}

/**
 * A leader's coaching: invited by email with grants (a JSON array of contracts/coaching.ts'
 * grants, sorted; read and written through db/json-columns.ts), accepted once by the coach through
 * its link (`token_hash`, the HMAC of the link's token), ended by the leader.
 */
export interface CoachingTable {
  id: string;
  workspace_id: string;
  leader_id: string;
  email: string;
  coach_id: string | null;
  grants: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  ended_at: Timestamp | null;
}

/** What a coach wrote to the leader they coach: the two of them alone read it. */
export interface CoachNoteTable {
  id: string;
  coaching_id: string;
  body: string;
  created_at: Timestamp;
}

/** A practice assignment a coach set: measured on the leader's data, or `manual` (the leader marks it done). */
export interface CoachAssignmentTable {
  id: string;
  coaching_id: string;
  title: string;
  set_on: string;
  due_on: string;
  measure: "manual" | "conversations_held" | "loops_closed" | "open_questions_asked" | "commitments_kept";
  target: number | null;
  done_at: Timestamp | null;
  created_at: Timestamp;
}

/**
 * One security event (issue 14): append-only, deleted only by the retention job. `detail` is JSON
 * of the closed shape `securityDetailSchema` (contracts/security-log.ts): ids and words, never
 * content or a secret.
 */
export interface SecurityEventTable {
  id: string;
  workspace_id: string;
  occurred_at: Timestamp;
  kind: string;
  actor_id: string | null;
  subject_id: string | null;
  address: string | null;
  user_agent: string | null;
  outcome: "success" | "failure";
  detail: Generated<string>;
}

/** A person's TOTP key for two-step sign-in (issue 14); on once `confirmed_at` is set. */
export interface SecondFactorTable {
  user_id: string;
  /** The base32 key, AES-256-GCM under a key derived from SESSION_SECRET (second-factor.crypto.ts). */
  secret_box: string;
  created_at: Timestamp;
  confirmed_at: Timestamp | null;
  /** The 30-second time step of the last code taken: a code of that step or earlier is refused. */
  last_step: number | null;
}

/** One recovery code of a person's second factor: its SHA-256 digest, used once. */
export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: Timestamp | null;
}
