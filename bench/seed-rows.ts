import { randomBytes, randomUUID } from "node:crypto";
import { securityDetailSchema } from "#contracts/security-log";
import type { Database } from "../server/src/db/schema";
import { conversationsOf } from "./seed-conversations";

/**
 * The rows a workspace's people write as they fill their teams, made in memory and written in
 * batches (bench/seed-writer.ts), each row as the app's own insert writes it: members who joined
 * by invitation, about 80% of the audited facets answered with a mix of visibilities (some
 * rewritten, so with two versions), about 80% believed by the team's leader with varied sources
 * and confidence, agreeing with the answer or not, looks at answers (blind guesses, looks before
 * guessing, answers still sealed), the leader's marks on text facets, and a few conversations.
 * A seeded random stream makes every run seed the same knowledge.
 */
export type Row = Record<string, unknown>;
export type Rows = Partial<Record<keyof Database, Row[]>>;

/** The order in which tables are written, so every foreign key finds its row. */
export const TABLE_ORDER = [
  "users",
  "teams",
  "team_memberships",
  "invitations",
  "security_events",
  "answers",
  "answer_versions",
  "answer_reveals",
  "beliefs",
  "comparisons",
  "cadences",
  "conversations",
  "conversation_items",
] as const satisfies readonly (keyof Database)[];

export interface SeedFacet {
  id: string;
  key: string;
  kind: "text" | "single_choice" | "multiple_choice" | "scale";
  optionIds: string[];
}

export interface Person {
  id: string;
  email: string;
  name: string;
}

const DAY = 86_400_000;
const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** mulberry32: a small, fast, seeded random stream in [0, 1). */
export function randomStream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export class RowMaker {
  readonly rows: Rows = {};
  constructor(
    readonly workspaceId: string,
    readonly facets: SeedFacet[],
    private readonly passwordHash: string,
    readonly now: number,
    readonly random: () => number,
  ) {}

  add(table: keyof Database, row: Row): void {
    const list = this.rows[table];
    if (list) list.push(row);
    else this.rows[table] = [row];
  }

  /** A leader's conversations with one person (seed-conversations.ts); the planned one's id, if any. */
  conversations(leaderId: string, personId: string, since: number): string | null {
    return conversationsOf(this, leaderId, personId, since);
  }

  /** Takes the rows made so far, leaving none. */
  take(): Rows {
    const taken = { ...this.rows };
    for (const key of Object.keys(this.rows)) delete this.rows[key as keyof Database];
    return taken;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }

  /** One of the weighted choices: [[value, weight], …], the weights summing to 1. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let r = this.random();
    for (const [value, weight] of choices) {
      r -= weight;
      if (r < 0) return value;
    }
    return (choices.at(-1) as readonly [T, number])[0];
  }

  /** A moment between `from` and `to`, never after now. */
  between(from: number, to: number): number {
    return Math.min(this.now, from + this.random() * Math.max(0, to - from));
  }

  /** An account as `addUser` writes it (its settings take the columns' defaults). */
  user(person: Person, at: number): void {
    this.add("users", {
      id: person.id,
      workspace_id: this.workspaceId,
      email: person.email,
      name: person.name,
      password_hash: this.passwordHash,
      is_admin: 0,
      deactivated_at: null,
      created_at: iso(at),
      updated_at: iso(at),
    });
  }

  /**
   * A team as `teamService.create` writes it: the team and, when an admin creates it for someone
   * who has an account, that leader's membership (a leader new to the workspace joins by
   * invitation instead, `joined`).
   */
  team(teamId: string, name: string, leaderId: string | null, at: number): void {
    this.add("teams", { id: teamId, workspace_id: this.workspaceId, name, created_at: iso(at) });
    if (leaderId)
      this.add("team_memberships", {
        team_id: teamId,
        user_id: leaderId,
        role: "leader",
        created_at: iso(at),
      });
  }

  /**
   * An invitation sent and accepted by a new account, as the invitation service writes them: the
   * invitation (its link's HMAC), the membership, and both security events. The account itself
   * comes from `user`.
   */
  joined(
    teamId: string,
    person: Person,
    role: "leader" | "member",
    invitedBy: string,
    sentAt: number,
    acceptedAt: number,
  ): void {
    const invitationId = randomUUID();
    this.add("invitations", {
      id: invitationId,
      workspace_id: this.workspaceId,
      team_id: teamId,
      email: person.email,
      role,
      token_hash: randomBytes(32).toString("base64url"),
      invited_by: invitedBy,
      created_at: iso(sentAt),
      expires_at: iso(sentAt + 7 * DAY),
      accepted_at: iso(acceptedAt),
      accepted_by: person.id,
      revoked_at: null,
    });
    this.add("team_memberships", { team_id: teamId, user_id: person.id, role, created_at: iso(acceptedAt) });
    const event = (kind: string, at: number, actorId: string, detail: object) => ({
      id: randomUUID(),
      workspace_id: this.workspaceId,
      occurred_at: iso(at),
      kind,
      actor_id: actorId,
      subject_id: kind === "invitation_accepted" ? person.id : null,
      address: "127.0.0.1",
      user_agent: null,
      outcome: "success",
      detail: JSON.stringify(securityDetailSchema.parse(detail)),
    });
    this.add("security_events", event("invitation_sent", sentAt, invitedBy, { invitationId, teamId, role }));
    this.add(
      "security_events",
      event("invitation_accepted", acceptedAt, person.id, {
        invitationId,
        teamId,
        role,
        reason: "new_account",
      }),
    );
  }

  /**
   * A team filled as people fill one, from `start`: created by the admin, for a leader who has an
   * account, or with the leader joining by the admin's invitation (`leaderJoins`, as `ledTeam` in
   * the tests has it); its members invited by the leader, one every `spacing` ms, each then
   * writing about themselves while the leader writes about them (`knowledge`), and their
   * conversations. The members' accounts are made here; the leader's is not. Returns the ids of
   * the conversations planned.
   */
  filledTeam(team: {
    id: string;
    name: string;
    leader: Person;
    leaderJoins: boolean;
    adminId: string;
    start: number;
    members: Person[];
    spacing: number;
  }): string[] {
    const { id, leader, start } = team;
    this.team(id, team.name, team.leaderJoins ? null : leader.id, start);
    if (team.leaderJoins) this.joined(id, leader, "leader", team.adminId, start - 2 * DAY, start - DAY);
    const planned: string[] = [];
    for (const [i, member] of team.members.entries()) {
      const joinedAt = start + i * team.spacing;
      this.user(member, joinedAt);
      this.joined(id, member, "member", leader.id, joinedAt - DAY, joinedAt);
      this.knowledge(leader.id, member, joinedAt);
      const conversation = this.conversations(leader.id, member.id, joinedAt);
      if (conversation) planned.push(conversation);
    }
    return planned;
  }

  /** A value a person could give on the facet (checked and canonical, as validateFacetValue returns it). */
  private value(facet: SeedFacet): unknown {
    switch (facet.kind) {
      case "text":
        return this.pick(TEXTS);
      case "single_choice":
        return this.pick(facet.optionIds);
      case "scale":
        return 1 + Math.floor(this.random() * 5);
      case "multiple_choice": {
        const chosen = facet.optionIds.filter(() => this.random() < 0.4);
        return chosen.length > 0 ? chosen : [this.pick(facet.optionIds)];
      }
    }
  }

  /** A leader's guess at an answer: the same, near it, or off. */
  private guess(facet: SeedFacet, answer: unknown, agreement: "match" | "partial" | "miss"): unknown {
    if (agreement === "match") return facet.kind === "text" ? this.pick(TEXTS) : answer;
    switch (facet.kind) {
      case "text":
        return this.pick(TEXTS);
      case "scale": {
        const n = answer as number;
        if (agreement === "partial") return n === 5 ? 4 : n + 1;
        return n <= 2 ? n + 2 + Math.floor(this.random() * (4 - n)) : n - 2;
      }
      case "single_choice":
        return this.pick(facet.optionIds.filter((id) => id !== answer));
      case "multiple_choice": {
        const chosen = answer as string[];
        const others = facet.optionIds.filter((id) => !chosen.includes(id));
        if (agreement === "partial" && others.length > 0) {
          const extra = this.pick(others);
          return facet.optionIds.filter((id) => id === extra || chosen.includes(id));
        }
        return others.length > 0 ? [this.pick(others)] : chosen.slice(0, 1);
      }
    }
  }

  /**
   * What one member writes about themselves and their leader writes about them, facet by facet,
   * from the day they joined (`since`) to now, each belief, look and mark in the order the app
   * allows: a comparison after both sides' last change, a look of the answer's current revision.
   */
  knowledge(leaderId: string, person: Person, since: number): void {
    for (const facet of this.facets) {
      const answered = this.random() < 0.8;
      const believed = this.random() < 0.8;
      const visibility = this.weighted([
        ["private", 0.15],
        ["leader", 0.4],
        ["team", 0.45],
      ] as const);
      const value = this.value(facet);
      const firstAt = this.between(since, since + (this.now - since) * 0.6);
      const rewritten = answered && this.random() < 0.15;
      const answerAt = rewritten ? this.between(firstAt + 11 * MINUTE, this.now - DAY) : firstAt;
      const answerId = randomUUID();
      if (answered) {
        const revision = rewritten ? 2 : 1;
        this.add("answers", {
          id: answerId,
          user_id: person.id,
          facet_id: facet.id,
          value: JSON.stringify(value),
          visibility,
          revision,
          created_at: iso(firstAt),
          updated_at: iso(answerAt),
        });
        if (rewritten) this.version(person.id, facet, this.value(facet), visibility, firstAt);
        this.version(person.id, facet, value, visibility, answerAt);
      }
      const visible = answered && visibility !== "private";
      const look = (at: number) =>
        this.add("answer_reveals", {
          leader_id: leaderId,
          person_id: person.id,
          facet_id: facet.id,
          answer_id: answerId,
          revision: rewritten ? 2 : 1,
          revealed_at: iso(at),
        });
      if (!believed) {
        if (visible && this.random() < 0.6) look(this.between(answerAt, this.now));
        continue;
      }
      const agreement = this.weighted([
        ["match", 0.55],
        ["partial", 0.25],
        ["miss", 0.2],
      ] as const);
      const beliefValue = answered ? this.guess(facet, value, agreement) : this.value(facet);
      let beliefAt: number;
      let afterAnswer = 0;
      let compareFrom: number | null = null;
      const story = this.random();
      if (!visible) {
        beliefAt = this.between(since, this.now);
      } else if (story < 0.5) {
        // Guessed blind while the answer was sealed: writing the belief was the look.
        beliefAt = this.between(answerAt, this.now);
        look(beliefAt);
        compareFrom = beliefAt;
      } else if (story < 0.7) {
        // Guessed before the person answered, and has not looked since: sealed.
        beliefAt = this.between(since, firstAt);
      } else if (story < 0.8) {
        // Guessed before the answer, looked later.
        beliefAt = this.between(since, firstAt);
        const lookAt = this.between(answerAt, this.now);
        look(lookAt);
        compareFrom = lookAt;
      } else {
        // Looked first, then wrote it down: after_answer, kept out of accuracy.
        const lookAt = this.between(answerAt, this.now);
        look(lookAt);
        beliefAt = this.between(lookAt, this.now);
        afterAnswer = 1;
        compareFrom = beliefAt;
      }
      this.add("beliefs", {
        id: randomUUID(),
        leader_id: leaderId,
        person_id: person.id,
        facet_id: facet.id,
        value: JSON.stringify(beliefValue),
        source: this.weighted([
          ["assumed", 0.3],
          ["inferred", 0.15],
          ["heard", 0.15],
          ["observed", 0.2],
          ["asked", 0.2],
        ] as const),
        confidence: this.weighted([
          [1, 0.1],
          [2, 0.2],
          [3, 0.3],
          [4, 0.25],
          [5, 0.15],
        ] as const),
        after_answer: afterAnswer,
        recorded_at: iso(beliefAt),
      });
      // Structured facets are compared by Rapport; the leader marks most text ones once seen.
      if (compareFrom !== null && facet.kind === "text" && this.random() < 0.8) {
        this.add("comparisons", {
          id: randomUUID(),
          leader_id: leaderId,
          person_id: person.id,
          facet_id: facet.id,
          outcome: agreement,
          reason: null,
          compared_at: iso(this.between(compareFrom, this.now)),
        });
      }
    }
  }

  private version(userId: string, facet: SeedFacet, value: unknown, visibility: string, at: number): void {
    this.add("answer_versions", {
      id: randomUUID(),
      user_id: userId,
      facet_id: facet.id,
      value: JSON.stringify(value),
      visibility,
      withdrawn: 0,
      recorded_at: iso(at),
    });
  }
}

const TEXTS = [
  "Long meetings without an agenda wear me out.",
  "Quiet mornings with my calendar blocked.",
  "Being trusted with a problem end to end.",
  "Clear priorities and room to decide how.",
  "Hearing early when plans change.",
  "Pairing on hard problems, then time alone to finish.",
  "Written feedback I can think about, then a talk.",
  "Seeing the people who use what we build.",
  "Learning a new area every year or so.",
  "No messages after seven in the evening.",
] as const;
