"use client";

// Pasting (or loading a file of) one series' points: previewed first through the same route tools
// use (a dry run: per row create / update / unchanged / error), then applied all rows or none.
// The text stays in the box whatever the answer, so a refused paste is fixed, not retyped.
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { buttonClass, inputClass, secondaryButtonClass } from "./form-parts";
import { ImportOutcome, sendCsv, type ImportOutcomeState, type ImportOutcomeText } from "./import-form";

export interface PointsCsvText extends ImportOutcomeText {
  textLabel: string;
  fileLabel: string;
  preview: string;
  apply: string;
  working: string;
  failed: string;
}

export function PointsCsvForm({ slug, text, placeholder }: { slug: string; text: PointsCsvText; placeholder: string }) {
  const id = useId();
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [previewed, setPreviewed] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcomeState | null>(null);

  async function send(dryRun: boolean) {
    setBusy(true);
    const sent = csv;
    const answer = await sendCsv(`/api/admin/indicators/${encodeURIComponent(slug)}/points?dryRun=${dryRun ? 1 : 0}`, sent, text.failed);
    setOutcome(answer);
    setPreviewed(answer.kind === "plan" && answer.dryRun ? sent : null);
    setBusy(false);
    if (answer.kind === "plan" && !answer.dryRun) router.refresh();
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send(true);
  };
  // Apply sends exactly the text that was previewed; an edit since needs a new preview.
  const canApply = outcome?.kind === "plan" && outcome.dryRun && previewed === csv && outcome.counts.create + outcome.counts.update > 0;

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} className="space-y-3 rounded border border-rule bg-white p-3" data-testid="points-csv-form">
        <div>
          <label htmlFor={`${id}-text`} className="block text-sm font-medium">{text.textLabel}</label>
          <textarea id={`${id}-text`} name="csv" rows={6} spellCheck={false} className={`${inputClass} font-mono`} placeholder={placeholder} value={csv} onChange={(event) => setCsv(event.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium">{text.fileLabel}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv,text/plain"
            className={`${inputClass} max-w-full`}
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (file) setCsv(await file.text());
            }}
          />
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="submit" className={secondaryButtonClass} disabled={!csv.trim() || busy}>{busy ? text.working : text.preview}</button>
          {canApply ? <button type="button" className={buttonClass} disabled={busy} onClick={() => void send(false)}>{text.apply}</button> : null}
        </div>
      </form>
      <ImportOutcome outcome={outcome} text={text} />
    </div>
  );
}
