import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listParamsSchema } from "./list-params";
import { listWhereSql } from "./list-where-sql";

// The list's search reads "CommitmentSearch", which triggers keep in step with the pledges and
// their quotes. Each check runs in a transaction that is rolled back, so the seed is untouched.
let client: pg.Client;

beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
});
afterAll(() => client.end());

/** Ids the list's filter selects for a search, and ids ILIKE on each text selects (the meaning). */
async function search(q: string) {
  const where = listWhereSql("c", listParamsSchema.parse({ q, kind: "all" }));
  const listed = await client.query<{ id: number }>(`SELECT c.id FROM "Commitment" c WHERE ${where.text} ORDER BY c.id`, where.values);
  const pattern = `%${q.replace(/[\\%_]/g, "\\$&")}%`;
  const meant = await client.query<{ id: number }>(
    `SELECT c.id FROM "Commitment" c WHERE NOT c.archived AND (c.title ILIKE $1 OR c.description ILIKE $1
       OR EXISTS (SELECT 1 FROM "Quote" q WHERE q."commitmentId" = c.id AND q.text ILIKE $1)) ORDER BY c.id`,
    [pattern],
  );
  return { listed: listed.rows.map((row) => row.id), meant: meant.rows.map((row) => row.id) };
}

async function inRolledBackTransaction(check: () => Promise<void>) {
  await client.query("BEGIN");
  try {
    await check();
  } finally {
    await client.query("ROLLBACK");
  }
}

describe("the list search's text", () => {
  it("follows titles, descriptions and quotes as they are written, changed and removed", async () => {
    await inRolledBackTransaction(async () => {
      const { rows: [pledge] } = await client.query<{ id: number; talkId: number }>(
        `SELECT c.id, q."talkId" FROM "Commitment" c JOIN "Quote" q ON q."commitmentId" = c.id WHERE NOT c.archived ORDER BY c.id LIMIT 1`);
      const expectOnly = async (q: string, ids: number[]) => {
        const { listed, meant } = await search(q);
        expect(listed, q).toEqual(meant);
        expect(listed, q).toEqual(ids);
      };
      await client.query(`UPDATE "Commitment" SET title = 'Cửa khẩu ZQXV mở rộng', description = 'Hai bên Wyvern' WHERE id = $1`, [pledge!.id]);
      await expectOnly("cửa khẩu zqxv", [pledge!.id]); // lower() of Vietnamese capitals, as ILIKE
      await expectOnly("HAI BÊN wyvern", [pledge!.id]);
      await expectOnly("rộngHai", []); // never across two texts
      await expectOnly("rộng\u001fhai", []); // the separator itself: searched in each text instead

      const { rows: [quote] } = await client.query<{ id: number }>(
        `INSERT INTO "Quote" ("commitmentId", "talkId", text, "startOffset", "endOffset") VALUES ($1, $2, 'Quokka 100% a_b', 900000, 900010) RETURNING id`,
        [pledge!.id, pledge!.talkId]);
      await expectOnly("QUOKKA 100%", [pledge!.id]);
      await expectOnly("a_b", [pledge!.id]);
      await expectOnly("100%%", []);
      await client.query(`UPDATE "Quote" SET text = 'Narwhal' WHERE id = $1`, [quote!.id]);
      await expectOnly("quokka", []);
      await expectOnly("narwhal", [pledge!.id]);
      await client.query(`DELETE FROM "Quote" WHERE id = $1`, [quote!.id]);
      await expectOnly("narwhal", []);

      const { rows: [added] } = await client.query<{ id: number }>(
        `INSERT INTO "Commitment" (slug, title, description, "categoryId", "committedBy", firmness, "updatedAt")
         SELECT 'search-test', 'Okapi', 'x', "categoryId", "committedBy", firmness, now() FROM "Commitment" WHERE id = $1 RETURNING id`, [pledge!.id]);
      await expectOnly("okapi", [added!.id]);
      await client.query(`DELETE FROM "Commitment" WHERE id = $1`, [added!.id]);
      await expectOnly("okapi", []);
    });
  });

  it("matches what ILIKE on each text matches, for the seed's words", async () => {
    for (const q of ["rail", "RAIL", "Đường", "việt", "100%", "a_b", "\\", "'", "scholar", "the", "e"]) {
      const { listed, meant } = await search(q);
      expect(listed, q).toEqual(meant);
    }
  });
});
