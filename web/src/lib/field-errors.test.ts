import { describe, expect, it } from "vitest";
import { ApiError } from "./api";
import { fieldErrorsOf, fieldSentence, missingFields } from "./field-errors";

describe("fieldSentence", () => {
  it("puts the field's label in front of a bare server phrase", () => {
    expect(fieldSentence("Email", "must be an email address")).toBe("Email must be an email address.");
    expect(fieldSentence("Team name", "is required")).toBe("Team name is required.");
  });

  it("drops the 'Invalid <field>:' prefix some server messages carry", () => {
    expect(fieldSentence("Password", "Invalid password: Use at least 12 characters.")).toBe(
      "Use at least 12 characters.",
    );
    expect(fieldSentence("Your name", "Invalid name: is required")).toBe("Your name is required.");
  });

  it("keeps a message that is already a sentence", () => {
    expect(
      fieldSentence("Password", "This password is too common or too easy to guess; choose another."),
    ).toBe("This password is too common or too easy to guess; choose another.");
  });
});

describe("fieldErrorsOf", () => {
  it("keeps the first message for each field the form shows and ignores the rest", () => {
    const error = new ApiError(400, "validation_error", "Invalid email", [
      { path: "email", message: "must be an email address" },
      { path: "email", message: "is too long" },
      { path: "leaderId", message: "must be an id" },
    ]);
    expect(fieldErrorsOf(error, { email: "Email" })).toEqual({ email: "Email must be an email address." });
  });
});

describe("missingFields", () => {
  const labels = { email: "Email", password: "Password" };
  it("names each empty field with its label, and nothing else", () => {
    expect(missingFields({ email: "", password: "x" }, labels)).toEqual({ email: "Email is required." });
    expect(missingFields({ email: "", password: "" }, labels)).toEqual({
      email: "Email is required.",
      password: "Password is required.",
    });
  });
  it("is null when every field has a value", () => {
    expect(missingFields({ email: "a@b.c", password: "x" }, labels)).toBeNull();
  });
});
