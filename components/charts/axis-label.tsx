import { Text } from "recharts";

/**
 * A category axis tick as "label (total)", wrapped to the axis width, so no bar length has to be
 * read: the total is written beside each bar's name.
 */
export function AxisLabel({ x, y, payload, width }: { x?: number | string; y?: number | string; payload?: { value?: unknown }; width: number }) {
  return (
    <g data-axis-label>
      <Text x={Number(x)} y={Number(y)} width={width} textAnchor="end" verticalAnchor="middle" fontSize={12} fill="#1f2933">
        {String(payload?.value ?? "")}
      </Text>
    </g>
  );
}
