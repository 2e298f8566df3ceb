// The JSON of GET /api/commitments/{slug} (the route sends publicDetail, cached; the cache
// needs Next's runtime, so this reads and serialises as the route's cached function does).
import { describe, expect, it } from "vitest";
import { getCommitmentBySlug } from "./queries";
import { publicDetail } from "./serialize";

const get = async (slug: string) => {
  const commitment = await getCommitmentBySlug(slug);
  return { status: commitment ? 200 : 404, body: commitment ? JSON.parse(JSON.stringify(publicDetail(commitment))) : null };
};

describe("the API's pledge record", () => {
  it("shows a proposal answered only with 'acknowledged' as the requester's proposal, with both quotes", async () => {
    const { status, body } = await get("market-opening-vietnamese-farm-products");
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "commitment", committedBy: "VIETNAM", firmness: "PROPOSAL" });
    expect(body.request).toEqual({ by: "VIETNAM", of: "OTHER", response: "ACKNOWLEDGED" });
    expect(body.quotes.map((quote: { role: string }) => quote.role).sort()).toEqual(["request", "response"]);
    expect(body.firmness).not.toBe("AGREEMENT");
  });

  it("gives kind, review date, and a percentage only from a measured figure (never a yearly batch against a total target)", async () => {
    const { body } = await get("china-1000-government-scholarships");
    expect(body.kind).toBe("commitment");
    expect(body.target).toMatchObject({ value: 1000, actual: null, actualEvidence: null });
    expect(body).toMatchObject({ progress: null, measuredBy: null });
    // Series but no numeric target: nothing to be a percentage of.
    expect((await get("more-balanced-trade")).body).toMatchObject({ progress: null, measuredBy: null });
    expect(body).toHaveProperty("reviewedOn");
    expect(JSON.stringify(body)).not.toMatch(/"(email|passwordHash|reviewedById|version)"/);
  });

  it("keeps statements available, marked as such", async () => {
    const { status, body } = await get("deepen-practical-cooperation");
    expect(status).toBe(200);
    expect(body.kind).toBe("statement");
  });
});
