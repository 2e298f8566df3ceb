// Analysts changing statuses concurrently through the app's write route.
import type { Sample } from "./traffic";

export interface WriteOutcome {
  samples: Sample[];
  succeeded: number;
  conflicts: number;
  refusedDuringOutage: number;
  /** Describes every successful change missing from the history, or recorded more than once. */
  verify(databaseUrl: string): Promise<string[]>;
}

export async function runWriters(_options: { baseUrl: string; databaseUrl: string; writers: number; until: number }): Promise<WriteOutcome> {
  return { samples: [], succeeded: 0, conflicts: 0, refusedDuringOutage: 0, verify: async () => [] };
}
