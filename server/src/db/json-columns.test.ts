import { describe, expect, it } from "vitest";
import { facetOptionsColumn, facetValueColumn, tokenScopesColumn } from "./json-columns";

describe("JSON columns", () => {
  it("give back each kind of facet value they were given", () => {
    for (const value of ["Mornings, mostly", ["chat", "email"], 4]) {
      expect(facetValueColumn.read(facetValueColumn.write(value))).toEqual(value);
      expect(facetValueColumn.readMany(facetValueColumn.write(value))).toEqual(value);
    }
  });

  it("refuse a stored value that is not a facet value, naming the column", () => {
    expect(() => facetValueColumn.read('{"text":"hi"}')).toThrow(
      /stored facet value is not one: \{"text":"hi"\}/,
    );
    expect(() => facetValueColumn.read("[1,2]")).toThrow(/facet value/);
    expect(() => facetValueColumn.read("null")).toThrow(/facet value/);
  });

  it("keep a facet without options as null, and read options back", () => {
    expect(facetOptionsColumn.write(null)).toBeNull();
    expect(facetOptionsColumn.read(null)).toBeNull();
    const options = [{ id: "chat", label: "Chat" }];
    expect(facetOptionsColumn.read(facetOptionsColumn.write(options))).toEqual(options);
    expect(() => facetOptionsColumn.read('[{"id":"chat"}]')).toThrow(/list of facet options/);
  });

  it("read a token's scopes, and refuse a scope Rapport does not know", () => {
    expect(tokenScopesColumn.read(tokenScopesColumn.write(["read", "write:teams"]))).toEqual([
      "read",
      "write:teams",
    ]);
    expect(() => tokenScopesColumn.read('["read","write:everything"]')).toThrow(/list of token scopes/);
  });
});
