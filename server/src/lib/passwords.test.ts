import { describe, expect, it } from "vitest";
import { contextPasswordProblem } from "./passwords";

describe("a password's context words", () => {
  const context = { name: "Zoë Ångström", email: "zoe.a@example.test", workspaceName: "Acme Rockets" };

  it("refuses the app's name, the workspace's name, the person's name or a word of it, and the email's local part", () => {
    expect(contextPasswordProblem("I love Rapport every day", context)).toContain("the name of this app");
    expect(contextPasswordProblem("acme-rockets-2026-forever", context)).toContain("your workspace's name");
    expect(contextPasswordProblem("angstrom was here 1999", context)).toContain("your name");
    expect(contextPasswordProblem("zoe angstrom for ever", context)).toContain("your name");
    expect(contextPasswordProblem("my zoe.a mailbox rocks", context)).toContain("your email address");
    expect(contextPasswordProblem("R A P P O R T rules the day", context)).toContain("the name of this app");
  });

  it("takes a password that merely shares short pieces with them, and one with no context given", () => {
    expect(contextPasswordProblem("correct horse battery staple", context)).toBeNull();
    // "Zoë" and "Acme" are words of four letters or fewer, so alone they are not refused...
    expect(contextPasswordProblem("zoe likes green tea a lot", { name: "Zoë" })).toBeNull();
    // ...and a word of the workspace's name is not the name.
    expect(contextPasswordProblem("rockets fly over the hills", context)).toBeNull();
    expect(contextPasswordProblem("I love Rapport every day", {})).toContain("the name of this app");
    expect(contextPasswordProblem("plain long passphrase", {})).toBeNull();
  });
});
