import Link from "next/link";
import type { FieldChange } from "@/lib/audit/diff";
import { getMessages } from "@/lib/i18n/messages";

const t = getMessages().admin.audit;
const clip = (value: string | null) => (value === null ? "" : value.length > 400 ? `${value.slice(0, 400)}…` : value);

/** One audit row: who did what to which record, and the changed fields as a before/after table. */
export function AuditEntryRow({ when, who, action, entity, changes, recordHref, historyHref }: { when: string; who: string; action: string; entity: string; changes: FieldChange[]; recordHref?: string | null; historyHref?: string }) {
  return (
    <li className="rounded border border-rule bg-white p-3 text-sm" data-testid="audit-entry">
      <p>
        <span className="font-medium">{who}</span> · <span className="font-mono">{action}</span> ·{" "}
        {recordHref ? <Link href={recordHref} className="text-accent underline">{entity}</Link> : entity}
        {historyHref ? <>{" · "}<Link href={historyHref} className="text-accent underline">{t.recordHistory}</Link></> : null}
        <span className="block text-xs text-muted">{when}</span>
      </p>
      {changes.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-xs">
            <thead>
              <tr className="text-muted">
                <th scope="col" className="pr-2">{t.field}</th>
                <th scope="col" className="pr-2">{t.before}</th>
                <th scope="col">{t.after}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.field} className="align-top">
                  <th scope="row" className="pr-2 font-mono font-normal">{change.field}</th>
                  <td className="pr-2"><del className="break-all bg-red-50 text-red-900 no-underline">{clip(change.before)}</del></td>
                  <td><ins className="break-all bg-green-50 text-green-900 no-underline">{clip(change.after)}</ins></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </li>
  );
}
