"use client";

// Uploads a CSV to the import route (the same route scripts use, with this page's session and
// Origin), first as a dry run: the plan is shown row by row, and "Apply" sends the same file again.
import { useState, type FormEvent } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "./form-parts";

type Action = "create" | "update" | "unchanged";
interface PlannedRow { row: number; action: Action; key: string; diff: Record<string, { before: string; after: string }> }
interface RowError { row: number; column: string; message: string }
export type ImportOutcomeState =
  | { kind: "plan"; dryRun: boolean; rows: PlannedRow[]; counts: Record<Action, number> }
  | { kind: "rejected"; message: string; rows: RowError[] }
  | { kind: "failed"; message: string };

export interface ImportFormText {
  kindLabel: string;
  kinds: Record<string, string>;
  fileLabel: string;
  dryRun: string;
  apply: string;
  working: string;
  planned: string;
  applied: string;
  rejected: string;
  row: string;
  column: string;
  problem: string;
  action: string;
  key: string;
  change: string;
  actions: Record<Action, string>;
  failed: string;
}

/** The words the plan and its errors are shown with. */
export type ImportOutcomeText = Pick<ImportFormText, "planned" | "applied" | "rejected" | "row" | "column" | "problem" | "action" | "key" | "change" | "actions">;

/** Sends a CSV to an import route; the answer as the outcome to show. */
export async function sendCsv(url: string, csv: string, failed: string): Promise<ImportOutcomeState> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "Content-Type": "text/csv" }, body: csv });
    const body = await response.json();
    if (response.ok) return { kind: "plan", ...body };
    if (response.status === 422 && Array.isArray(body.error?.rows)) return { kind: "rejected", message: body.error.message, rows: body.error.rows };
    return { kind: "failed", message: body.error?.message ?? failed };
  } catch {
    return { kind: "failed", message: failed };
  }
}

export function ImportForm({ text }: { text: ImportFormText }) {
  const [kind, setKind] = useState("status-changes");
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcomeState | null>(null);

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setOutcome(await sendCsv(`/api/admin/import?kind=${encodeURIComponent(kind)}&dryRun=${dryRun ? 1 : 0}`, await file.text(), text.failed));
    setBusy(false);
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  const canApply = outcome?.kind === "plan" && outcome.dryRun && outcome.counts.create + outcome.counts.update > 0;

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="grid gap-3 rounded border border-rule bg-white p-3 sm:grid-cols-2" data-testid="import-form">
        <div>
          <label htmlFor="import-kind" className="block text-sm font-medium">{text.kindLabel}</label>
          <select id="import-kind" className={inputClass} value={kind} onChange={(event) => { setKind(event.target.value); setOutcome(null); }}>
            {Object.entries(text.kinds).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="import-file" className="block text-sm font-medium">{text.fileLabel}</label>
          <input id="import-file" type="file" accept=".csv,text/csv" className={`${inputClass} max-w-full`} onChange={(event) => { setFile(event.target.files?.[0] ?? null); setOutcome(null); }} />
        </div>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <button type="submit" className={secondaryButtonClass} disabled={!file || busy}>{busy ? text.working : text.dryRun}</button>
          {canApply ? <button type="button" className={buttonClass} disabled={busy} onClick={() => void send(false)}>{text.apply}</button> : null}
        </div>
      </form>
      <ImportOutcome outcome={outcome} text={text} />
    </div>
  );
}

export function ImportOutcome({ outcome, text }: { outcome: ImportOutcomeState | null; text: ImportOutcomeText }) {
  if (!outcome) return <p role="status" aria-live="polite" className="sr-only" />;
  if (outcome.kind === "failed") return <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">{outcome.message}</p>;
  if (outcome.kind === "rejected") {
    return (
      <div data-testid="import-errors">
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">{text.rejected} {outcome.message}</p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead><tr><th className="pr-3">{text.row}</th><th className="pr-3">{text.column}</th><th>{text.problem}</th></tr></thead>
            <tbody>
              {outcome.rows.map((error, index) => (
                <tr key={index} className="border-t border-rule align-top"><td className="pr-3">{error.row}</td><td className="pr-3 font-mono">{error.column || "—"}</td><td>{error.message}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    );
  }
  const { counts } = outcome;
  return (
    <div data-testid="import-plan">
      <p role="status" aria-live="polite" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
        {outcome.dryRun ? text.planned : text.applied} {text.actions.create}: {counts.create} · {text.actions.update}: {counts.update} · {text.actions.unchanged}: {counts.unchanged}
      </p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead><tr><th className="pr-3">{text.row}</th><th className="pr-3">{text.action}</th><th className="pr-3">{text.key}</th><th>{text.change}</th></tr></thead>
          <tbody>
            {outcome.rows.map((row) => (
              <tr key={row.row} className="border-t border-rule align-top" data-testid="import-row" data-action={row.action}>
                <td className="pr-3">{row.row}</td>
                <td className="pr-3">{text.actions[row.action]}</td>
                <td className="pr-3 break-all">{row.key}</td>
                <td className="break-words">
                  {Object.entries(row.diff).map(([column, { before, after }]) => (
                    <p key={column}><span className="font-mono">{column}</span>: {before ? <del className="text-red-800">{before}</del> : null} {after ? <ins className="text-green-800 no-underline">{after}</ins> : null}</p>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
