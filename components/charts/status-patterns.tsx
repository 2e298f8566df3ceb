import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { StatusLegend } from "./chart-types";

export const patternId = (status: CommitmentStatus) => `status-pattern-${status}`;

/**
 * Hatching for the statuses that mean failure (stalled, not fulfilled): in greyscale or to a
 * colour-blind reader they still differ from the progress ramp by texture, not only by lightness.
 * Defined once per page; the charts' marks and the keys fill with url(#…). Stripes go the opposite
 * way from the label colour (lighter under ink text, darker under white), so labels keep AA.
 */
export function StatusPatterns({ legend }: { legend: StatusLegend }) {
  return (
    <svg width="0" height="0" aria-hidden focusable="false" className="absolute" data-status-patterns>
      <defs>
        {legend.patterned.map((status) => (
          <pattern key={status} id={patternId(status)} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={legend.colors[status]} />
            <rect width="2" height="6" fill={legend.textColors[status] === "#ffffff" ? "#000000" : "#ffffff"} fillOpacity={0.3} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
