// Two instances on the bench database: the time from a status update committed through instance
// A's JSON route to instance B serving it on the pledge's page (B had its data cached). Five
// rounds on different pledges; the figure is the worst.
import type { Figure } from "./results";
import { measured, notAvailable } from "./figure-specs";
import { routeWriter, type UpdateTarget } from "./write-drivers";

const ROUNDS = 5;
const GIVE_UP_MS = 10_000;

const pageText = async (url: string) => (await fetch(url)).text();

export async function measureFreshness(options: { a: string; b: string; cookie: string | null; targets: UpdateTarget[] }): Promise<Record<string, Figure>> {
  if (!options.cookie) return { twoInstanceFreshness: notAvailable("twoInstanceFreshness", "could not sign in as the bench analyst") };
  const writer = routeWriter(options.a, options.cookie);
  const rounds: number[] = [];
  for (const target of options.targets.slice(0, ROUNDS)) {
    const page = `${options.b}/commitments/${target.slug}`;
    await pageText(page); // B reads the pledge's data into its cache before the write
    const note = `Freshness check ${Date.now()}.`;
    const outcome = await writer.send({ ...target, note });
    if (!outcome.ok) return { twoInstanceFreshness: notAvailable("twoInstanceFreshness", `the write on A was refused: ${outcome.detail}`) };
    const committed = performance.now();
    let seen = Infinity;
    while (performance.now() - committed < GIVE_UP_MS) {
      if ((await pageText(page)).includes(note)) {
        seen = performance.now() - committed;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    rounds.push(seen);
  }
  const worst = Math.max(...rounds);
  return { twoInstanceFreshness: measured("twoInstanceFreshness", Number.isFinite(worst) ? worst : null, { details: { roundsMs: rounds.map(Math.round) }, note: Number.isFinite(worst) ? undefined : `B did not serve a write within ${GIVE_UP_MS / 1000} s` }) };
}
