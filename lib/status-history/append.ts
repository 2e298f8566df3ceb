import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/audit";
import { cacheVersionRow } from "@/lib/db/cache-versions";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { toIsoDate } from "@/lib/dates";

export interface StatusChangeInput {
  commitmentId: number;
  toStatus: CommitmentStatus;
  effectiveOn: Date;
  note: string;
  evidenceIds?: number[];
  /** The commitment version the writer saw; a mismatch is a conflict. */
  expectedVersion?: number;
  /** An analyst's update is also a review of the pledge on that day (the seed records its own). */
  reviewedOn?: Date;
}

export interface AppendedStatusChange {
  change: { id: number; fromStatus: CommitmentStatus | null; toStatus: CommitmentStatus; effectiveOn: Date; note: string };
  version: number;
}

/** A Prisma client or transaction client: either can run the one statement. */
interface RawQuerier {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
}

type Row = {
  outcome: "recorded" | "not_found" | "conflict" | "foreign_evidence";
  change_id: number | null;
  from_status: CommitmentStatus | null;
  to_status: CommitmentStatus | null;
  effective_on: Date | null;
  note: string | null;
  new_version: number | null;
};

/**
 * Appends one entry to a pledge's status history and brings the pledge's current status in step
 * with it: the current status is the entry with the latest effective date, so a back-dated entry
 * is inserted into the past without changing the present. One statement, the database function
 * `record_status_change` (migration 20261201170000), which locks the pledge, checks the version
 * and the evidence, writes the entry, its evidence links, the pledge and the audit row.
 *
 * In a caller's transaction (`db` a transaction client), that transaction moves the public cache
 * version. `{ ownTransaction: true }` with the app's client: the statement is the whole write and
 * moves the cache version itself, in one round trip.
 */
export async function appendStatusChange(
  db: RawQuerier,
  actor: Actor,
  input: StatusChangeInput,
  { ownTransaction = false }: { ownTransaction?: boolean } = {},
): Promise<AppendedStatusChange> {
  const rows = await db.$queryRaw<Row[]>`SELECT * FROM "record_status_change"(
    ${input.commitmentId}::integer,
    ${input.expectedVersion ?? null}::integer,
    ${input.toStatus}::"CommitmentStatus",
    ${toIsoDate(input.effectiveOn)}::date,
    ${input.note}::text,
    ${input.evidenceIds ?? []}::integer[],
    ${actor.userId}::integer,
    ${actor.label}::text,
    ${input.reviewedOn ? toIsoDate(input.reviewedOn) : null}::date,
    ${ownTransaction ? cacheVersionRow() : null}::text)`;
  const row = rows[0];
  switch (row?.outcome) {
    case "recorded":
      return {
        change: { id: row.change_id!, fromStatus: row.from_status, toStatus: row.to_status!, effectiveOn: row.effective_on!, note: row.note! },
        version: row.new_version!,
      };
    case "not_found":
      throw new NotFoundError("The pledge");
    case "conflict":
      throw new ConflictError();
    case "foreign_evidence":
      throw new UserFacingError("Linked evidence must belong to this pledge.", 422, {
        evidenceIds: ["One or more evidence items do not belong to this pledge."],
      });
    default:
      throw new Error(`record_status_change answered ${JSON.stringify(row)}`);
  }
}
