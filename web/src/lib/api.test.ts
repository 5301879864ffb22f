import { afterEach, describe, expect, it, vi } from "vitest";
import { teamDetailSchema, teamListSchema } from "#contracts/teams";
import { ApiError, api, CHECKS_RESPONSES, ContractError, decodeResponse } from "./api";

const reply = (status: number, body: unknown) =>
  vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
  );

const team = { id: "t1", name: "Platform", myRole: "leader", memberCount: 3 };

describe("the API client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("checks responses in tests", () => {
    expect(CHECKS_RESPONSES).toBe(true);
  });

  it("returns a body that keeps its route's contract", async () => {
    vi.stubGlobal("fetch", reply(200, { teams: [team] }));
    await expect(api.get("/teams", teamListSchema)).resolves.toEqual({ teams: [team] });
  });

  it("throws a ContractError naming the route and each field when the server breaks the contract", async () => {
    vi.stubGlobal(
      "fetch",
      reply(200, {
        teams: [
          { ...team, memberCount: "3" },
          { ...team, myRole: "owner" },
        ],
      }),
    );
    const error = await api.get("/teams", teamListSchema).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContractError);
    const broken = error as ContractError;
    expect(broken.route).toBe("GET /api/v1/teams");
    expect(broken.problems).toHaveLength(2);
    expect(broken.problems[0]).toMatch(/^teams\[0\]\.memberCount: .*number/);
    expect(broken.problems[1]).toMatch(/^teams\[1\]\.myRole: /);
    expect(broken.message).toMatch(
      /^GET \/api\/v1\/teams answered outside its contract: teams\[0\]\.memberCount/,
    );
  });

  it("names a missing field and a body that is not an object at all", () => {
    const missing = () =>
      decodeResponse(teamDetailSchema, { ...team, canManage: true }, "GET /api/v1/teams/t1");
    expect(missing).toThrow(/GET \/api\/v1\/teams\/t1 answered outside its contract: leaders: /);
    expect(() => decodeResponse(teamListSchema, "oops", "GET /api/v1/teams")).toThrow(/: \(the body\): /);
  });

  it("lists five problems at most, and says how many more there are", () => {
    const teams = Array.from({ length: 7 }, () => ({ ...team, memberCount: "many" }));
    const error = (() => {
      try {
        decodeResponse(teamListSchema, { teams }, "GET /api/v1/teams");
      } catch (thrown) {
        return thrown as ContractError;
      }
      throw new Error("no ContractError");
    })();
    expect(error.problems).toHaveLength(6);
    expect(error.problems[5]).toBe("and 2 more");
  });

  it("trusts the body unchecked when checks are off, as in a production build", () => {
    const body = { teams: [{ ...team, memberCount: "3" }] };
    expect(decodeResponse(teamListSchema, body, "GET /api/v1/teams", false)).toBe(body);
  });

  it("refuses to trust a body without a schema where checks are on, and trusts it where they are off", async () => {
    const body = { needed: false };
    expect(() => decodeResponse(undefined, body, "GET /api/v1/setup")).toThrow(ContractError);
    expect(decodeResponse(undefined, body, "GET /api/v1/setup", false)).toBe(body);
    vi.stubGlobal("fetch", reply(200, body));
    await expect(api.getFromEntry("/setup", undefined)).rejects.toThrow(/no response schema/);
  });

  it("still turns an error status into an ApiError, before any contract check", async () => {
    vi.stubGlobal(
      "fetch",
      reply(404, { error: { code: "not_found", message: "No such team.", details: {} } }),
    );
    const error = await api.get("/teams/t9", teamDetailSchema).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("not_found");
  });
});
