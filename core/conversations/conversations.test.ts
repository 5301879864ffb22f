import { describe, expect, it } from "vitest";
import { dueDay, isOverdue } from "./cadence";
import { LISTENING_CHECK_ITEMS, LISTENING_CHECK_KEYS, listeningScore, talkShareLevel } from "./listening";
import { isLoopLingering, LOOP_OPEN_DAYS } from "./loop";

const at = (text: string) => new Date(text);

describe("the listening self-check", () => {
  it("has the eight items of SCIENCE.md, each with a question and why it matters", () => {
    expect(LISTENING_CHECK_KEYS).toEqual([
      "interrupted",
      "paraphrased",
      "named_feeling",
      "open_questions",
      "unasked_advice",
      "let_silences_run",
      "turned_to_myself",
      "they_raised_topics",
    ]);
    for (const item of LISTENING_CHECK_ITEMS) {
      expect(item.question).toMatch(/^Did .+\?$/);
      expect(item.why.length).toBeGreaterThan(10);
    }
  });

  it("scores the share of answered items answered the good listener's way", () => {
    expect(listeningScore({})).toBeNull();
    expect(listeningScore({ interrupted: null, paraphrased: null })).toBeNull();
    expect(listeningScore({ interrupted: false })).toBe(1);
    expect(listeningScore({ interrupted: true })).toBe(0);
    expect(listeningScore({ paraphrased: true, unasked_advice: true })).toBe(0.5);
    expect(listeningScore({ paraphrased: false, unasked_advice: false, named_feeling: null })).toBe(0.5);
    const perfect = Object.fromEntries(LISTENING_CHECK_ITEMS.map((item) => [item.key, item.good]));
    expect(listeningScore(perfect)).toBe(1);
    const worst = Object.fromEntries(LISTENING_CHECK_ITEMS.map((item) => [item.key, !item.good]));
    expect(listeningScore(worst)).toBe(0);
  });

  it("reads a talk share as fine up to 50%, amber above, red above 65%", () => {
    expect(talkShareLevel(0)).toBe("fine");
    expect(talkShareLevel(50)).toBe("fine");
    expect(talkShareLevel(51)).toBe("amber");
    expect(talkShareLevel(65)).toBe("amber");
    expect(talkShareLevel(66)).toBe("red");
    expect(talkShareLevel(100)).toBe("red");
  });
});

describe("cadence", () => {
  it("is due a week, two weeks or a month after the last conversation, never without a rhythm", () => {
    const last = at("2026-01-15T17:30:00Z");
    expect(dueDay("weekly", last)).toBe("2026-01-22");
    expect(dueDay("fortnightly", last)).toBe("2026-01-29");
    expect(dueDay("monthly", last)).toBe("2026-02-15");
    expect(dueDay("none", last)).toBeNull();
    // A month with no such day: its last day.
    expect(dueDay("monthly", at("2026-01-31T08:00:00Z"))).toBe("2026-02-28");
    expect(dueDay("monthly", at("2026-12-20T08:00:00Z"))).toBe("2027-01-20");
  });

  it("is overdue only after the due day, and never while a conversation is planned", () => {
    const since = at("2026-01-15T09:00:00Z");
    const overdue = (now: string, planned = false) =>
      isOverdue({ rhythm: "weekly", since, planned, now: at(now) });
    expect(overdue("2026-01-22T23:59:00Z")).toBe(false);
    expect(overdue("2026-01-23T00:00:00Z")).toBe(true);
    expect(overdue("2026-03-01T00:00:00Z", true)).toBe(false);
    expect(isOverdue({ rhythm: "none", since, planned: false, now: at("2027-01-01T00:00:00Z") })).toBe(false);
  });
});

describe("the vulnerability loop", () => {
  it("lingers once a signal has had no close for more than 14 days", () => {
    const signalAt = at("2026-01-01T10:00:00Z");
    const day = 86_400_000;
    expect(LOOP_OPEN_DAYS).toBe(14);
    expect(isLoopLingering({ signalAt, closedAt: null }, new Date(signalAt.getTime() + 14 * day))).toBe(
      false,
    );
    expect(isLoopLingering({ signalAt, closedAt: null }, new Date(signalAt.getTime() + 14 * day + 1))).toBe(
      true,
    );
    expect(
      isLoopLingering({ signalAt, closedAt: at("2026-01-03T10:00:00Z") }, at("2026-03-01T00:00:00Z")),
    ).toBe(false);
    expect(isLoopLingering({ signalAt: null, closedAt: null }, at("2026-03-01T00:00:00Z"))).toBe(false);
  });
});
