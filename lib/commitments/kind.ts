// Commitment or statement: the rule that decides what the figures count (stated with examples
// on /methodology). Statements stay on the site, searchable and quotable, but no headline figure,
// chart or "overdue" count includes them.
import type { CommitmentKind } from "@/lib/generated/prisma/enums";

export const KINDS = ["COMMITMENT", "STATEMENT"] as const satisfies readonly CommitmentKind[];
/** The kinds as the public API, CSV and dataset write them. */
export const PUBLIC_KINDS = ["commitment", "statement"] as const;
export type PublicKind = (typeof PUBLIC_KINDS)[number];

/** The kind as the public API, CSV and dataset write it. */
export const toPublicKind = (kind: CommitmentKind): PublicKind => (kind === "STATEMENT" ? "statement" : "commitment");

export function fromPublicKind(value: string): CommitmentKind {
  if (value === "statement") return "STATEMENT";
  if (value === "commitment") return "COMMITMENT";
  throw new Error(`not a pledge kind: ${value}`);
}
