/**
 * Horizontal bar charts drawn as SVG at build time, with no script. Positions across are in
 * percent of the chart's width and heights in pixels, so the chart fills a phone or a wide
 * screen and its text stays the page's size instead of shrinking with a view box. Each row
 * carries its label above the bars; each bar's value is written at the right edge, in the
 * space the bars never reach.
 */

/** One bar's figure: its length, the text shown (one line per currency) and the exact value. */
export interface ChartValue {
  /** Drawn length, any unit; bars are scaled to the largest. */
  magnitude: number;
  /** The value as read, one line per currency ("12亿元", "USD 5 million"). */
  lines: string[];
  /** Machine-readable exact value, the same string the table beside the chart carries. */
  exact: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** One value per series. */
  values: ChartValue[];
}

export interface ChartSeries {
  key: string;
  label: string;
}

export interface BarChartSpec {
  series: ChartSeries[];
  rows: ChartRow[];
  /** Bars centred on one axis, narrowing down the rows: a funnel. */
  centred?: boolean;
}

export interface BarShape {
  series: number;
  /** Left edge and width, percent of the chart's width. */
  xPercent: number;
  widthPercent: number;
  y: number;
  height: number;
  /** Baselines of the value's lines, right-aligned at the chart's edge. */
  textBaselines: number[];
  lines: string[];
  exact: string;
  /** "2025 · Signed amount: CNY 1.2 billion": what a tooltip and the CSV row say. */
  title: string;
}

export interface BarChartLayout {
  height: number;
  fontSize: number;
  legend: { label: string; series: number; y: number }[];
  rows: { key: string; label: string; labelBaseline: number; bars: BarShape[] }[];
}

/** Room the bars may take; the rest, on the right, is for the written values. */
export const barSpanPercent = 58;

export function layoutBarChart(spec: BarChartSpec, { fontSize = 14 } = {}): BarChartLayout {
  const lineHeight = Math.round(fontSize * 1.25);
  const barHeight = Math.round(fontSize * 1.05);
  const largest = Math.max(0, ...spec.rows.flatMap((row) => row.values.map((value) => value.magnitude)));
  const legend = spec.series.length > 1 ? spec.series.map((series, index) => ({ label: series.label, series: index, y: index * lineHeight + fontSize })) : [];
  let y = legend.length > 0 ? legend.length * lineHeight + Math.round(fontSize / 2) : 0;
  const rows = spec.rows.map((row) => {
    const labelBaseline = y + fontSize;
    y += lineHeight + 2;
    const bars = row.values.map((value, series): BarShape => {
      const lines = value.lines.length > 0 ? value.lines : [''];
      const height = Math.max(barHeight, lines.length * lineHeight);
      const widthPercent = largest > 0 ? (Math.max(0, value.magnitude) / largest) * barSpanPercent : 0;
      const shape: BarShape = {
        series,
        xPercent: spec.centred ? (barSpanPercent - widthPercent) / 2 : 0,
        widthPercent,
        y,
        height: barHeight,
        textBaselines: lines.map((_, index) => y + index * lineHeight + Math.round(barHeight * 0.8)),
        lines,
        exact: value.exact,
        title: `${row.label} · ${spec.series[series]?.label ?? ''}: ${lines.join(' + ')}`,
      };
      y += height + 4;
      return shape;
    });
    y += Math.round(fontSize * 0.6);
    return { key: row.key, label: row.label, labelBaseline, bars };
  });
  return { height: y, fontSize, legend, rows };
}

/** Rounds a percentage for an attribute: short, and never "1e-7". */
export function percent(value: number): string {
  return `${Math.round(value * 100) / 100}%`;
}
