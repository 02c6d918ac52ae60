import type { PublishedCell } from '../../domain/suppression.ts';

type Bar = { label: string; value: PublishedCell };

const ROW = 22;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 56;
const WIDTH = 640;

/**
 * A horizontal bar chart in plain SVG. The figure's table beside it carries every number; the chart itself
 * is one image with a spoken summary. A hidden value ('<3', 'x') draws no bar, only its mark.
 */
export function BarChart({ bars, label }: { bars: readonly Bar[]; label: string }) {
  const max = Math.max(1, ...bars.map((bar) => (typeof bar.value === 'number' ? bar.value : 0)));
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW + 4;
  const summary = `${label}: ${bars.map((bar) => `${bar.label} ${bar.value}`).join('、')}`;
  return (
    <svg class="bar-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} preserveAspectRatio="xMinYMin meet">
      {bars.map((bar, i) => {
        const y = i * ROW + 2;
        const width = typeof bar.value === 'number' ? Math.max(bar.value > 0 ? 2 : 0, (bar.value / max) * plot) : 0;
        return (
          <g key={bar.label}>
            <text class="bar-chart__label" x={LABEL_WIDTH - 8} y={y + ROW / 2} text-anchor="end" dominant-baseline="central">
              {bar.label}
            </text>
            <rect class="bar-chart__bar" x={LABEL_WIDTH} y={y + 3} width={width} height={ROW - 6} rx={2} />
            <text class="bar-chart__value" x={LABEL_WIDTH + width + 6} y={y + ROW / 2} dominant-baseline="central">
              {String(bar.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
