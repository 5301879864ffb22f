import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "./api";
import { describeErrors, fieldSentence, schemaResolver, serverFieldErrors } from "./forms";

const labels = { name: "Team name", email: "Email", scopes: "What it may do" };

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

describe("describeErrors", () => {
  it("says an empty field is required, in the field's own words when the form gives them", () => {
    const errors = { name: { message: "is required" }, scopes: [{ message: "Too small" }] };
    expect(describeErrors(errors, { name: "  ", scopes: [] }, labels)).toEqual({
      name: { type: "schema", message: "Team name is required." },
      scopes: { type: "schema", message: "What it may do is required." },
    });
    expect(
      describeErrors(errors, { name: "", scopes: [] }, labels, {
        scopes: "Choose at least one thing it may do.",
      }).scopes?.message,
    ).toBe("Choose at least one thing it may do.");
  });

  it("puts the label before the schema's message for a value that is there but wrong", () => {
    const errors = { email: { message: "must be an email address" } };
    expect(describeErrors(errors, { email: "someone" }, labels).email?.message).toBe(
      "Email must be an email address.",
    );
  });

  it("finds the message of a nested error (an array item, an object's property)", () => {
    const errors = { scopes: { 1: { message: "must be one of read, write" } } };
    expect(describeErrors(errors, { scopes: ["read", "x"] }, labels).scopes?.message).toBe(
      "What it may do must be one of read, write.",
    );
  });
});

describe("serverFieldErrors", () => {
  const error = new ApiError(400, "validation_error", "Invalid email", [
    { path: "email", message: "must be an email address" },
    { path: "email", message: "is too long" },
    { path: "facet", message: "is not a known facet" },
    { path: "leaderId", message: "must be an id" },
  ]);

  it("keeps the first message for each field the form shows, and drops paths it has no field for", () => {
    expect(serverFieldErrors(error, labels)).toEqual([
      { name: "email", message: "Email must be an email address." },
    ]);
  });

  it("puts a server path on the field that stands for it", () => {
    expect(serverFieldErrors(error, { subject: "About" }, { facet: "subject" })).toEqual([
      { name: "subject", message: "About is not a known facet." },
    ]);
  });
});

describe("schemaResolver", () => {
  // Shaped like the contract schemas: a transform before the checks, messages naming no field.
  const schema = z.object({
    name: z
      .string()
      .transform((name) => name.trim())
      .pipe(z.string().min(1, "is required").max(5, "must be at most 5 characters")),
    email: z.email("must be an email address"),
  });
  const resolver = schemaResolver(schema, () => ({ labels: { name: "Team name", email: "Email" } }));
  const run = (values: { name: string; email: string }) =>
    resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });

  it("hands the submit handler the schema's output", async () => {
    const result = await run({ name: "  Core ", email: "a@example.org" });
    expect(result.errors).toEqual({});
    expect(result.values).toEqual({ name: "Core", email: "a@example.org" });
  });

  it("reports each field in the screen's words", async () => {
    const result = await run({ name: "Much too long", email: "" });
    expect(result.errors).toEqual({
      name: { type: "schema", message: "Team name must be at most 5 characters." },
      email: { type: "schema", message: "Email is required." },
    });
  });
});
