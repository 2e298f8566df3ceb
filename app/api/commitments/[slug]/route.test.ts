import { describe, expect, it } from "vitest";
import { GET } from "./route";

const get = async (slug: string) => {
  const response = await GET(new Request(`http://localhost/api/commitments/${slug}`), { params: Promise.resolve({ slug }) });
  return { status: response.status, body: await response.json() };
};

describe("GET /api/commitments/{slug}", () => {
  it("shows a proposal answered only with 'acknowledged' as the requester's proposal, with both quotes", async () => {
    const { status, body } = await get("market-opening-vietnamese-farm-products");
    expect(status).toBe(200);
    expect(body).toMatchObject({ kind: "commitment", committedBy: "VIETNAM", firmness: "PROPOSAL" });
    expect(body.request).toEqual({ by: "VIETNAM", of: "OTHER", response: "ACKNOWLEDGED" });
    expect(body.quotes.map((quote: { role: string }) => quote.role).sort()).toEqual(["request", "response"]);
    expect(body.firmness).not.toBe("AGREEMENT");
  });

  it("gives kind, review date and no percentage without an evidenced actual value", async () => {
    const { body } = await get("china-1000-government-scholarships");
    expect(body.kind).toBe("commitment");
    expect(body.target).toMatchObject({ value: 1000, actual: null, actualEvidence: null });
    expect(body.progress).toBeNull();
    expect(body).toHaveProperty("reviewedOn");
    expect(JSON.stringify(body)).not.toMatch(/"(email|passwordHash|reviewedById|version)"/);
  });

  it("keeps statements available, marked as such", async () => {
    const { status, body } = await get("deepen-practical-cooperation");
    expect(status).toBe(200);
    expect(body.kind).toBe("statement");
  });
});
