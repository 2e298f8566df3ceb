// Collects what each scenario measured and every violated guarantee.
export class Report {
  readonly lines: string[] = [];
  readonly violations: string[] = [];

  note(scenario: string, message: string): void {
    this.lines.push(`[${scenario}] ${message}`);
    console.log(`  ${message}`);
  }

  check(scenario: string, ok: boolean, guarantee: string, detail = ""): void {
    const line = `${ok ? "ok  " : "FAIL"} ${guarantee}${detail ? ` (${detail})` : ""}`;
    this.lines.push(`[${scenario}] ${line}`);
    console.log(`  ${line}`);
    if (!ok) this.violations.push(`[${scenario}] ${guarantee}${detail ? `: ${detail}` : ""}`);
  }
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
