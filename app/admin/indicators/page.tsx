import Link from "next/link";
import { buttonClass } from "@/components/admin/form-parts";
import { requirePageRole } from "@/lib/auth/page-guard";
import { getMessages } from "@/lib/i18n/messages";
import { listIndicatorsForAdmin } from "@/lib/indicators/admin-queries";

const t = getMessages().admin.indicators;

export default async function AdminIndicatorsPage() {
  await requirePageRole("ANALYST", "/admin/indicators");
  const indicators = await listIndicatorsForAdmin();
  const c = t.columns;
  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-2xl font-semibold">{t.title}</h1>
        <Link href="/admin/indicators/new" className={buttonClass}>{t.new}</Link>
      </div>
      <p className="mt-2 text-sm text-muted">{t.intro}</p>
      {indicators.length === 0 ? <p className="mt-4 text-sm text-muted">{t.none}</p> : (
        <div className="mt-4 overflow-x-auto rounded border border-rule bg-white">
          <table className="w-full min-w-[48rem] text-left text-sm" data-testid="indicator-list">
            <thead className="text-xs text-muted">
              <tr>
                {[c.name, c.unit, c.publisher, c.side, c.frequency, c.points, c.latest, c.pledges].map((label) => <th key={label} scope="col" className="px-3 py-2 font-medium">{label}</th>)}
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <tr key={indicator.id} className="border-t border-rule align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    <Link href={`/admin/indicators/${indicator.id}`} className="text-ink hover:text-accent hover:underline">{indicator.name}</Link>
                  </th>
                  <td className="px-3 py-2">{indicator.unit}</td>
                  <td className="px-3 py-2">{indicator.publisher}</td>
                  <td className="px-3 py-2">{t.sides[indicator.side]}</td>
                  <td className="px-3 py-2">{t.frequencies[indicator.frequency]}</td>
                  <td className="px-3 py-2 tabular-nums">{indicator.pointCount}</td>
                  <td className="px-3 py-2 tabular-nums">{indicator.latestPeriod ?? "—"}</td>
                  <td className="px-3 py-2 break-words">{indicator.pledgeSlugs.length ? indicator.pledgeSlugs.join(", ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
