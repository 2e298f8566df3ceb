// Every write of indicators, points, their pledges and target paths: one transaction each, with
// its audit row, through inWriteTransaction (which also expires the public caches). The insert*
// functions take the caller's transaction, so the seed and the CSV import write the same way.
import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit, type Actor } from "@/lib/audit";
import { isUniqueViolation } from "@/lib/actions/version-check";
import { inWriteTransaction } from "@/lib/db/transaction";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation";
import { indicatorFieldsSchema, indicatorUpdateSchema, pointFieldsSchema, targetPathSchema, type IndicatorFields, type PointFields, type TargetPathFields } from "./schema";
import { assertUnitFitsTarget } from "./units";

export const indicatorAuditSelect = {
  id: true, slug: true, name: true, unit: true, publisher: true, side: true, frequency: true, description: true, version: true,
} satisfies Prisma.IndicatorSelect;

export const pointAuditSelect = {
  id: true, indicatorId: true, period: true, value: true, sourceUrl: true, publishedOn: true, estimate: true, note: true, version: true,
} satisfies Prisma.IndicatorPointSelect;

function parsed<T>(result: { success: true; data: T } | { success: false; error: import("zod").ZodError }): T {
  if (!result.success) throw new UserFacingError("Some fields need attention.", 400, fieldErrorsOf(result.error));
  return result.data;
}

const duplicate = (message: string, field: string) => (error: unknown): never => {
  if (isUniqueViolation(error)) throw new UserFacingError(message, 409, { [field]: [message] });
  throw error;
};

async function indicatorOf(tx: Prisma.TransactionClient, indicatorId: number) {
  const indicator = await tx.indicator.findUnique({ where: { id: indicatorId }, select: { id: true, unit: true, frequency: true } });
  if (!indicator) throw new NotFoundError("The indicator");
  return indicator;
}

export async function insertIndicator(tx: Prisma.TransactionClient, actor: Actor, input: unknown) {
  const fields: IndicatorFields = parsed(indicatorFieldsSchema.safeParse(input));
  if (await tx.indicator.findUnique({ where: { slug: fields.slug }, select: { id: true } })) {
    throw new UserFacingError("An indicator with this slug exists already.", 409, { slug: ["An indicator with this slug exists already."] });
  }
  const created = await tx.indicator.create({ data: fields, select: indicatorAuditSelect });
  await writeAudit(tx, actor, { action: "create", entityType: "Indicator", entityId: created.id, after: created });
  return created;
}

/** Adds a data point; refused without a source URL or with a period the indicator's frequency does not use. */
export async function insertPoint(tx: Prisma.TransactionClient, actor: Actor, indicatorId: number, input: unknown) {
  const indicator = await indicatorOf(tx, indicatorId);
  const fields: PointFields = parsed(pointFieldsSchema(indicator.frequency).safeParse(input));
  if (await tx.indicatorPoint.findUnique({ where: { indicatorId_period: { indicatorId, period: fields.period } }, select: { id: true } })) {
    throw new UserFacingError(`The indicator has a point for ${fields.period} already: correct that one instead.`, 409, { period: ["A point for this period exists already."] });
  }
  const created = await tx.indicatorPoint.create({ data: { ...fields, indicatorId }, select: pointAuditSelect });
  await writeAudit(tx, actor, { action: "create", entityType: "IndicatorPoint", entityId: created.id, after: created });
  return created;
}

/** Says that an indicator measures a pledge; refused when the pledge's numeric target is in another unit. */
export async function insertPledgeLink(tx: Prisma.TransactionClient, actor: Actor, indicatorId: number, commitmentId: number) {
  const indicator = await indicatorOf(tx, indicatorId);
  const pledge = await tx.commitment.findUnique({ where: { id: commitmentId }, select: { id: true, targetValue: true, targetUnit: true } });
  if (!pledge) throw new NotFoundError("The pledge");
  assertUnitFitsTarget(indicator.unit, pledge);
  const link = { indicatorId, commitmentId };
  if (await tx.indicatorPledge.findUnique({ where: { indicatorId_commitmentId: link } })) return link;
  await tx.indicatorPledge.create({ data: link });
  await writeAudit(tx, actor, { action: "create", entityType: "IndicatorPledge", entityId: `${indicatorId}:${commitmentId}`, after: link });
  return link;
}

/** Sets (or replaces) a pledge's target path; the target itself stays on the pledge. */
export async function upsertTargetPath(tx: Prisma.TransactionClient, actor: Actor, commitmentId: number, input: unknown) {
  const fields: TargetPathFields = parsed(targetPathSchema.safeParse(input));
  const pledge = await tx.commitment.findUnique({ where: { id: commitmentId }, select: { targetValue: true } });
  if (!pledge) throw new NotFoundError("The pledge");
  if (pledge.targetValue === null) throw new UserFacingError("The pledge has no numeric target: set its target value and unit first.", 422);
  const before = await tx.targetPath.findUnique({ where: { commitmentId } });
  const after = before
    ? await tx.targetPath.update({ where: { commitmentId }, data: { ...fields, version: { increment: 1 } } })
    : await tx.targetPath.create({ data: { ...fields, commitmentId } });
  await writeAudit(tx, actor, { action: before ? "update" : "create", entityType: "TargetPath", entityId: commitmentId, before: before ?? undefined, after });
  return after;
}

export const addIndicator = (actor: Actor, input: unknown) =>
  inWriteTransaction((tx) => insertIndicator(tx, actor, input)).catch(duplicate("An indicator with this slug exists already.", "slug"));

export const addPoint = (actor: Actor, indicatorId: number, input: unknown) =>
  inWriteTransaction((tx) => insertPoint(tx, actor, indicatorId, input)).catch(duplicate("A point for this period exists already.", "period"));

export const linkIndicatorToPledge = (actor: Actor, indicatorId: number, commitmentId: number) =>
  inWriteTransaction((tx) => insertPledgeLink(tx, actor, indicatorId, commitmentId));

export const setTargetPath = (actor: Actor, commitmentId: number, input: unknown) =>
  inWriteTransaction((tx) => upsertTargetPath(tx, actor, commitmentId, input));

/** Corrects a point seen at `expectedVersion`, in the caller's transaction (the form and the CSV import). */
export async function revisePoint(tx: Prisma.TransactionClient, actor: Actor, pointId: number, expectedVersion: number, input: unknown) {
  const before = await tx.indicatorPoint.findUnique({ where: { id: pointId }, select: { ...pointAuditSelect, indicator: { select: { frequency: true } } } });
  if (!before) throw new NotFoundError("The data point");
  const fields: PointFields = parsed(pointFieldsSchema(before.indicator.frequency).safeParse(input));
  // The version in the WHERE makes the check and the write one statement.
  const { count } = await tx.indicatorPoint.updateMany({ where: { id: pointId, version: expectedVersion }, data: { ...fields, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError();
  const after = await tx.indicatorPoint.findUniqueOrThrow({ where: { id: pointId }, select: pointAuditSelect });
  const auditedBefore: Record<string, unknown> = { ...before };
  delete auditedBefore.indicator;
  await writeAudit(tx, actor, { action: "update", entityType: "IndicatorPoint", entityId: pointId, before: auditedBefore, after });
  return after;
}

/** Corrects a point seen at `expectedVersion`; a correction made meanwhile by someone else is a conflict. */
export const correctPoint = (actor: Actor, pointId: number, expectedVersion: number, input: unknown) =>
  inWriteTransaction((tx) => revisePoint(tx, actor, pointId, expectedVersion, input)).catch(duplicate("A point for this period exists already.", "period"));

/** Removes a point seen at `expectedVersion` (a figure entered by mistake); the audit row keeps it. */
export function removePoint(actor: Actor, pointId: number, expectedVersion: number) {
  return inWriteTransaction(async (tx) => {
    const before = await tx.indicatorPoint.findUnique({ where: { id: pointId }, select: pointAuditSelect });
    if (!before) throw new NotFoundError("The data point");
    const { count } = await tx.indicatorPoint.deleteMany({ where: { id: pointId, version: expectedVersion } });
    if (count === 0) throw new ConflictError();
    await writeAudit(tx, actor, { action: "delete", entityType: "IndicatorPoint", entityId: pointId, before });
  });
}

/**
 * Edits an indicator seen at `expectedVersion`. The slug stays: it is the series' public address.
 * A new unit must still fit every linked pledge's target.
 */
export function updateIndicator(actor: Actor, indicatorId: number, expectedVersion: number, input: unknown) {
  return inWriteTransaction(async (tx) => {
    const before = await tx.indicator.findUnique({ where: { id: indicatorId }, select: indicatorAuditSelect });
    if (!before) throw new NotFoundError("The indicator");
    const fields = parsed(indicatorUpdateSchema.safeParse(input));
    if (fields.frequency !== before.frequency && (await tx.indicatorPoint.count({ where: { indicatorId } }))) {
      throw new UserFacingError("The series has points counted by its current frequency: keep it, or make a new indicator.", 422, { frequency: ["The points are counted by the current frequency."] });
    }
    const links = await tx.indicatorPledge.findMany({ where: { indicatorId }, select: { commitment: { select: { targetValue: true, targetUnit: true } } } });
    for (const link of links) assertUnitFitsTarget(fields.unit, link.commitment);
    const { count } = await tx.indicator.updateMany({ where: { id: indicatorId, version: expectedVersion }, data: { ...fields, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError();
    const after = await tx.indicator.findUniqueOrThrow({ where: { id: indicatorId }, select: indicatorAuditSelect });
    await writeAudit(tx, actor, { action: "update", entityType: "Indicator", entityId: indicatorId, before, after });
    return after;
  });
}

/** Says that an indicator no longer measures a pledge. */
export function unlinkIndicatorFromPledge(actor: Actor, indicatorId: number, commitmentId: number) {
  return inWriteTransaction(async (tx) => {
    const link = { indicatorId, commitmentId };
    const { count } = await tx.indicatorPledge.deleteMany({ where: link });
    if (count === 0) throw new NotFoundError("The link");
    await writeAudit(tx, actor, { action: "delete", entityType: "IndicatorPledge", entityId: `${indicatorId}:${commitmentId}`, before: link });
  });
}
