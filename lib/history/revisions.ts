// The public revision history of a pledge, built from what the tracker already keeps: the audit
// log's rows about the pledge, its quotes and its evidence (AuditLog."commitmentId"), the status
// history, and the corrections' notes. Who acted is a role (lib/history/actors.ts), never a name
// or an email; nothing private is read (no passwords, no review records, no user fields but role).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/client";
import { toIsoDate } from "@/lib/dates";
import { getMessages } from "@/lib/i18n/messages";
import { publicActor } from "./actors";
import { changedFields, publicStateOf, type FieldChange, type Names, type PublicState } from "./fields";

export type RevisionKind =
  | "created"
  | "edited"
  | "archived"
  | "restored"
  | "status"
  | "quote-added"
  | "quote-removed"
  | "evidence-added"
  | "evidence-edited"
  | "evidence-removed";

export interface Revision {
  /** Stable across reads: `audit-{id}` or `status-{id}` (the feeds' entry ids are built from it). */
  key: string;
  kind: RevisionKind;
  /** ISO timestamp: when the tracker recorded it. */
  at: string;
  who: string;
  /** Changed fields of the pledge (edits), or of the evidence item (evidence edits). */
  changes: FieldChange[];
  /** Quote text, evidence title, or the status entry's note. */
  subject?: string;
  /** Where the subject is from: the quote's talk, the evidence's publisher and date. */
  source?: string;
  url?: string;
  status?: { from: CommitmentStatus | null; to: CommitmentStatus; effectiveOn: string; evidence: { title: string; url: string }[] };
  /** The analyst's note when the edit corrected a published fact (lib/corrections). */
  correction?: string;
}

interface AuditRow {
  id: number;
  createdAt: Date;
  action: string;
  entityType: string;
  before: unknown;
  after: unknown;
  actorLabel: string;
  userId: number | null;
  role: string | null;
  correction: string | null;
}

interface StatusRow {
  id: number;
  fromStatus: CommitmentStatus | null;
  toStatus: CommitmentStatus;
  effectiveOn: Date;
  recordedAt: Date;
  note: string;
  userId: number | null;
  role: string | null;
  actorLabel: string | null;
  /** The status entry's own audit row (record_status_change writes one), for the order of same-instant rows. */
  auditId: number | null;
  evidence: { title: string; url: string }[];
}

/** Reads the names the history shows for stored references. */
export async function readNames(db: PrismaClient): Promise<Names & { talkTitleById: Map<number, string> }> {
  const [categories, talks] = await Promise.all([
    db.category.findMany({ select: { id: true, slug: true, name: true } }),
    db.talk.findMany({ select: { id: true, title: true, heldOn: true } }),
  ]);
  return {
    categoryById: new Map(categories.map((category) => [category.id, category.name])),
    categoryIdBySlug: new Map(categories.map((category) => [category.slug, category.id])),
    evidenceTitleById: new Map(),
    talkTitleById: new Map(talks.map((talk) => [talk.id, `${talk.title} (${toIsoDate(talk.heldOn)})`])),
  };
}

const record = (json: unknown) => (json && typeof json === "object" ? (json as Record<string, unknown>) : {});
const text = (value: unknown) => (typeof value === "string" ? value : value === null || value === undefined ? "" : String(value));

const EVIDENCE_FIELDS = ["title", "url", "publisher", "publishedOn", "publishedOnApprox", "summary", "stance"] as const;

function evidenceChanges(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const labels: Record<string, string> = { ...getMessages().admin.evidence.fields };
  return EVIDENCE_FIELDS.filter((field) => field in after && canonicalEvidence(field, before[field]) !== canonicalEvidence(field, after[field])).map((field) => ({
    field: field as never,
    label: labels[field] ?? field,
    before: canonicalEvidence(field, before[field]),
    after: canonicalEvidence(field, after[field]),
    text: field === "title" || field === "summary",
  }));
}

function canonicalEvidence(field: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (field === "publishedOn") return String(value).slice(0, 10);
  return String(value);
}

/**
 * Replays the audit rows of one pledge, oldest first, into revisions: each edit's changed public
 * fields against the state before it (a row without a `before`, like the seed's partial update,
 * against the state replayed so far).
 */
export function revisionsFromAudit(rows: readonly AuditRow[], names: Names & { talkTitleById: Map<number, string> }): Revision[] {
  const revisions: Revision[] = [];
  let state: PublicState = {};
  for (const row of rows) {
    const base = { key: `audit-${row.id}`, at: row.createdAt.toISOString(), who: publicActor(row), changes: [] as FieldChange[], ...(row.correction ? { correction: row.correction } : {}) };
    const before = record(row.before);
    const after = record(row.after);
    if (row.entityType === "Commitment") {
      if (row.action === "create" || row.action === "import") {
        state = publicStateOf(after, names);
        revisions.push({ ...base, kind: "created", subject: text(after.title) });
      } else if (row.action === "update") {
        const from = row.before ? { ...state, ...publicStateOf(before, names) } : state;
        const to = publicStateOf(after, names);
        const changes = changedFields(from, to, names);
        state = { ...state, ...to };
        if (changes.length) revisions.push({ ...base, kind: "edited", changes });
      } else if (row.action === "archive" || row.action === "restore") {
        revisions.push({ ...base, kind: row.action === "archive" ? "archived" : "restored" });
      }
    } else if (row.entityType === "Quote") {
      const quote = row.action === "delete" ? before : after;
      revisions.push({ ...base, kind: row.action === "delete" ? "quote-removed" : "quote-added", subject: text(quote.text), source: names.talkTitleById.get(Number(quote.talkId)) });
    } else if (row.entityType === "Evidence") {
      const item = row.action === "delete" ? before : after;
      const kind = row.action === "delete" ? "evidence-removed" : row.action === "update" ? "evidence-edited" : "evidence-added";
      const changes = kind === "evidence-edited" ? evidenceChanges(before, after) : [];
      if (kind === "evidence-edited" && !changes.length) continue;
      revisions.push({ ...base, kind, changes, subject: text(item.title), source: [text(item.publisher), text(item.publishedOn).slice(0, 10)].filter(Boolean).join(", "), url: text(item.url) || undefined });
    }
  }
  return revisions;
}

function revisionsFromStatus(rows: readonly StatusRow[]): Revision[] {
  return rows.map((row) => ({
    key: `status-${row.id}`,
    kind: "status" as const,
    at: row.recordedAt.toISOString(),
    who: publicActor({ userId: row.userId, role: row.role, actorLabel: row.actorLabel ?? "import" }),
    changes: [],
    subject: row.note,
    status: { from: row.fromStatus, to: row.toStatus, effectiveOn: toIsoDate(row.effectiveOn), evidence: row.evidence },
  }));
}

/**
 * Newest first, in the order the tracker wrote them: by audit row id (a status entry by its own
 * audit row's), as the clocks of one transaction's rows differ (the database's transaction time,
 * the app's time). Status entries without an audit row (a dataset import's history, kept with its
 * original dates) are placed by their recording time.
 */
type Ordered = { revision: Revision; seq: number | null; sub: number };
function newestFirst(items: Ordered[]): Revision[] {
  const audited = items.filter((item) => item.seq !== null).sort((a, b) => b.seq! - a.seq! || b.sub - a.sub);
  const dated = items.filter((item) => item.seq === null).sort((a, b) => (a.revision.at < b.revision.at ? 1 : a.revision.at > b.revision.at ? -1 : b.sub - a.sub));
  const result: Revision[] = [];
  let i = 0;
  let j = 0;
  while (i < audited.length || j < dated.length) {
    if (j < dated.length && (i >= audited.length || dated[j]!.revision.at > audited[i]!.revision.at)) result.push(dated[j++]!.revision);
    else result.push(audited[i++]!.revision);
  }
  return result;
}

export interface PublicHistory {
  slug: string;
  title: string;
  revisions: Revision[];
}

/** The revision history of a public pledge, newest first; null when there is no such public pledge. */
export async function getPledgeHistory(slug: string, db: PrismaClient = getPrisma()): Promise<PublicHistory | null> {
  const pledge = await db.commitment.findFirst({ where: { slug, archived: false }, select: { id: true, slug: true, title: true } });
  if (!pledge) return null;
  const [audit, status, names, evidence] = await Promise.all([
    db.$queryRaw<AuditRow[]>`
      SELECT a.id, a."createdAt", a.action, a."entityType", a.before, a.after, a."actorLabel",
             u.id AS "userId", u.role::text AS role, corr.note AS correction
      FROM "AuditLog" a
      LEFT JOIN "User" u ON u.id = a."actorId"
      LEFT JOIN "Correction" corr ON corr."auditLogId" = a.id
      WHERE a."commitmentId" = ${pledge.id} AND a.action NOT IN ('status-change', 'review')
      ORDER BY a."createdAt", a.id`,
    db.$queryRaw<StatusRow[]>`
      SELECT sc.id, sc."fromStatus"::text AS "fromStatus", sc."toStatus"::text AS "toStatus", sc."effectiveOn", sc."recordedAt", sc.note,
             u.id AS "userId", u.role::text AS role,
             a."actorLabel", a.id AS "auditId",
             coalesce((SELECT json_agg(json_build_object('title', e.title, 'url', e.url) ORDER BY e.id)
                       FROM "StatusChangeEvidence" l JOIN "Evidence" e ON e.id = l."evidenceId"
                       WHERE l."statusChangeId" = sc.id), '[]'::json) AS evidence
      FROM "StatusChange" sc LEFT JOIN "User" u ON u.id = sc."recordedById"
      LEFT JOIN LATERAL (
        SELECT a."actorLabel", a.id FROM "AuditLog" a
        WHERE a."commitmentId" = sc."commitmentId" AND a.action = 'status-change' AND a.after->'statusChange'->>'id' = sc.id::text
        LIMIT 1) a ON TRUE
      WHERE sc."commitmentId" = ${pledge.id}`,
    readNames(db),
    db.evidence.findMany({ where: { commitmentId: pledge.id }, select: { id: true, title: true } }),
  ]);
  for (const item of evidence) names.evidenceTitleById.set(item.id, item.title);
  const ordered: Ordered[] = [
    ...revisionsFromAudit(audit, names).map((revision) => ({ revision, seq: Number(revision.key.slice("audit-".length)), sub: 0 })),
    ...revisionsFromStatus(status).map((revision, index) => ({ revision, seq: status[index]!.auditId, sub: status[index]!.id })),
  ];
  return { slug: pledge.slug, title: pledge.title, revisions: newestFirst(ordered) };
}
