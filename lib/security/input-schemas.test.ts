// Checklist rows 4, 13 and 14 at the schema level: every write schema, driven by generated input,
// never throws, refuses keys it does not know (mass assignment), and bounds what it accepts.
import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { archiveCommitmentSchema, createCommitmentSchema, updateCommitmentSchema } from "@/lib/commitments/schema";
import { addEvidenceSchema, removeEvidenceSchema, updateEvidenceSchema } from "@/lib/evidence/schema";
import { addQuoteSchema, removeQuoteSchema } from "@/lib/quotes/schema";
import { statusUpdateSchema } from "@/lib/status-history/schema";
import { createTalkSchema, updateTalkSchema } from "@/lib/talks/schema";
import { changeRoleSchema, createUserSchema, endSessionsSchema, resetPasswordSchema, setDisabledSchema } from "@/lib/users/schema";

const SCHEMAS: Record<string, z.ZodType> = {
  createCommitmentSchema, updateCommitmentSchema, archiveCommitmentSchema,
  addEvidenceSchema, updateEvidenceSchema, removeEvidenceSchema,
  addQuoteSchema, removeQuoteSchema, statusUpdateSchema,
  createTalkSchema, updateTalkSchema,
  createUserSchema, changeRoleSchema, setDisabledSchema, resetPasswordSchema, endSessionsSchema,
};

const FORBIDDEN_KEYS = ["id", "version", "createdById", "recordedById", "role", "passwordHash", "__proto__", "constructor", "isAdmin"];

const garbage = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("\u0000", "\uD800", "\u202E", "\u200B", "e\u0301", "😀".repeat(300), "x".repeat(100_000), "", " ", "NaN", "-1", "1e309", "2026-02-30"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 5 }),
);

describe.each(Object.entries(SCHEMAS))("%s", (_name, schema) => {
  it("never throws on generated input (garbage, huge, Unicode edge cases)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 30 }), garbage, { maxKeys: 12 }), (input) => {
        expect(() => schema.safeParse(input)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("refuses keys it does not know, including privileged ones", () => {
    for (const key of FORBIDDEN_KEYS) {
      const input = JSON.parse(`{"${key}": "1", "unexpected_${key}": "x"}`) as Record<string, unknown>;
      const result = schema.safeParse(input);
      expect(result.success, key).toBe(false);
      const unknown = result.error!.issues.filter((issue) => issue.code === "unrecognized_keys").flatMap((issue) => (issue as { keys: string[] }).keys);
      expect(unknown, key).toContain(`unexpected_${key}`);
    }
  });
});

describe("string handling", () => {
  it("caps text at its length limit", () => {
    const result = statusUpdateSchema.safeParse({ commitmentId: "1", version: "1", toStatus: "STALLED", effectiveOn: "2026-01-01", note: "x".repeat(5001), evidenceIds: ["1"] });
    expect(result.success).toBe(false);
  });
});
