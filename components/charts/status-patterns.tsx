"use client";
import { STATUS_ORDER } from "@/lib/commitments/status";
import type { CommitmentStatus } from "@/lib/generated/prisma/enums";
import type { StatusLegend } from "./chart-types";

export const patternId = (status: CommitmentStatus) => `status-pattern-${status}`;

/**
 * The class that paints an HTML swatch (a key's) in a status's colour, hatched
 * where patterned, or `plain`. Short, because a chart has a hundred of them in the page's HTML.
 */
export const statusFillClass = (status: CommitmentStatus, plain = false) => `${plain ? "sc" : "sf"}${STATUS_ORDER.indexOf(status)}`;

/**
 * Hatching for the statuses that mean failure (stalled, not fulfilled): in greyscale or to a
 * colour-blind reader they still differ from the progress ramp by texture, not only by lightness.
 * Defined once per page (a client component only so that the page carries the legend, which the
 * charts are handed anyway, instead of the CSS made from it): the Recharts marks fill with url(#…), the keys' HTML swatches take the
 * same colours and stripes from the classes below. Stripes go the opposite way from the label
 * colour (lighter under ink text, darker under white), so labels keep AA.
 */
export function StatusPatterns({ legend }: { legend: StatusLegend }) {
  const stripe = (status: CommitmentStatus) => (legend.textColors[status] === "#ffffff" ? "rgb(0 0 0 / 0.3)" : "rgb(255 255 255 / 0.3)");
  const css = legend.order
    .map((status) => {
      const [fill, plain] = [statusFillClass(status), statusFillClass(status, true)];
      const hatch = legend.patterned.includes(status) ? `.${fill}{background-image:repeating-linear-gradient(-45deg,${stripe(status)} 0 2px,transparent 2px 6px)}` : "";
      return `.${plain},.${fill}{background-color:${legend.colors[status]};color:${legend.textColors[status]}}${hatch}`;
    })
    .join("");
  return (
    <>
      <style>{css}</style>
      <svg width="0" height="0" aria-hidden focusable="false" className="absolute" data-status-patterns>
        <defs>
          {legend.patterned.map((status) => (
            <pattern key={status} id={patternId(status)} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={legend.colors[status]} />
              <rect width="2" height="6" fill={stripe(status)} />
            </pattern>
          ))}
        </defs>
      </svg>
    </>
  );
}
