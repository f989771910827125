// One chart of a report table, drawn with recharts (loaded only when the Rapportages screen needs
// it, so the app's start does not pay for it). The chart is a picture with a one-sentence summary
// (role="img" and aria-label); the table beside it is the accessible source of every figure. No
// tooltip or keyboard layer: nothing in the picture is only reachable there. Colours are SVG
// attributes and recharts' inline styles go through React's CSSOM, which the strict CSP allows.
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Line, LineChart, ResponsiveContainer, XAxis, YAxis, type LabelProps } from 'recharts';
import type { ReportTable } from '../../../shared/contract/reports.ts';
import { chartPoints, chartSummary } from './reportForm.ts';

const INK = '#1c2530';
const MUTED = '#4a5663';
const GRID = '#d3d9e0';
const BAR = '#1d5a94';

const countNl = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

const trim = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Room above the line's highest point for its label, on a round number. */
const headroom = (max: number) => (max <= 0 ? 1 : Math.ceil((max * 1.15) / 10 ** Math.floor(Math.log10(max))) * 10 ** Math.floor(Math.log10(max)));

/** The value at the end of a bar; drawn here so a suppressed row (no bar) still shows its "x". */
function BarValue(props: LabelProps) {
  const box = (props.viewBox ?? {}) as { x?: number; y?: number; width?: number; height?: number };
  const x = Number(box.x ?? props.x ?? 0) + Number(box.width ?? props.width ?? 0) + 6;
  const y = Number(box.y ?? props.y ?? 0) + Number(box.height ?? props.height ?? 0) / 2;
  return (
    <text x={x} y={y} dy="0.35em" fill={INK} fontSize={12}>
      {props.value}
    </text>
  );
}

export default function ReportChart({ table, wide }: { table: ReportTable; wide: boolean }) {
  const points = chartPoints(table);
  const kind = table.columns[table.chartColumn]?.kind ?? 'count';
  const axisNumber = (v: number) => (kind === 'cents' ? `€ ${countNl.format(v / 100)}` : countNl.format(v));
  const summary = chartSummary(table);
  if (table.chart === 'line') {
    return (
      <div className="arr-report-chart" role="img" aria-label={summary}>
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={points} margin={{ top: 12, right: 24, bottom: 4, left: 4 }} accessibilityLayer={false}>
            <CartesianGrid stroke={GRID} vertical={false} />
            <XAxis dataKey="label" tick={{ fill: MUTED, fontSize: 12 }} stroke={GRID} interval="preserveStartEnd" padding={{ left: 32, right: 32 }} />
            <YAxis allowDecimals={false} domain={[0, headroom]} tickFormatter={axisNumber} tick={{ fill: MUTED, fontSize: 12 }} stroke={GRID} width={56} />
            <Line type="linear" dataKey="value" stroke={BAR} strokeWidth={2.5} dot={{ r: 3.5, fill: BAR, stroke: BAR }} connectNulls={false} isAnimationActive={false}>
              <LabelList dataKey="text" position="top" fill={INK} fontSize={12} />
            </Line>
          </LineChart>
        </ResponsiveContainer>
      </div>
    );
  }
  // Horizontal bars: the labels (scheme names) are long and read best on the left. A suppressed
  // row keeps its place with an "x" and no bar, so it does not read as zero or as missing.
  const height = Math.max(80, points.length * 36 + 24);
  const bars = points.map((p) => ({ ...p, bar: p.value ?? 0 }));
  return (
    <div className="arr-report-chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 104, bottom: 4, left: 4 }} barCategoryGap="22%" accessibilityLayer={false}>
          <CartesianGrid stroke={GRID} horizontal={false} />
          <XAxis type="number" tickFormatter={axisNumber} tick={{ fill: MUTED, fontSize: 12 }} stroke={GRID} allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={wide ? 330 : 190} tick={{ fill: INK, fontSize: 13 }} tickFormatter={(v: string) => trim(v, wide ? 46 : 30)} stroke={GRID} interval={0} />
          {/* recharts draws no label for an empty bar: a suppressed row gets an invisible 1px one. */}
          <Bar dataKey="bar" fill={BAR} isAnimationActive={false} minPointSize={(_v, i) => (bars[i]?.value === null ? 1 : 0)}>
            {bars.map((b, i) => (
              <Cell key={i} fill={b.value === null ? 'transparent' : BAR} />
            ))}
            <LabelList dataKey="text" content={BarValue} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
