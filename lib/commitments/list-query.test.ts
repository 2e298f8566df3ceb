import { describe, expect, it } from "vitest";
import { parseListSearchParams, toListQuery } from "./list-query";

describe("list query round trip", () => {
  it("reads form fields (repeated and empty) and writes them back without defaults", () => {
    const { params, invalid } = parseListSearchParams({ q: "rail", status: ["IN_PROGRESS", "STALLED"], talk: "", category: "", overdue: "true", sort: "-updated" });
    expect(invalid).toEqual([]);
    expect(params).toMatchObject({ q: "rail", status: ["IN_PROGRESS", "STALLED"], category: [], overdue: true, page: 1 });
    expect(params.talk).toBeUndefined();
    expect(toListQuery(params)).toBe("?q=rail&status=IN_PROGRESS%2CSTALLED&overdue=true");
    expect(parseListSearchParams(Object.fromEntries(new URLSearchParams(toListQuery({ ...params, page: 3 })))).params).toEqual({ ...params, page: 3 });
  });

  it("falls back to the full list and names the invalid fields", () => {
    const { params, invalid } = parseListSearchParams({ status: "DONE", sort: "title;DROP TABLE", evil: "1" });
    expect(params.status).toEqual([]);
    expect(invalid.sort()).toEqual(["evil", "sort", "status"]);
  });

  it("leaves paging out of the export link", () => {
    expect(toListQuery({ side: ["CHINA"], page: 4, sort: "title" }, { withPaging: false })).toBe("?side=CHINA");
  });
});
