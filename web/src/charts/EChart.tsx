// ECharts from its modular core, with only the charts the app draws. Imported only by pages that
// chart, so it lands in their lazy chunks and never in the entry.
import {
  BarChart,
  type BarSeriesOption,
  GraphChart,
  type GraphSeriesOption,
  LineChart,
  type LineSeriesOption,
  ScatterChart,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  AriaComponent,
  type AriaComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  MarkLineComponent,
  type MarkLineComponentOption,
  MarkPointComponent,
  type MarkPointComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, type ECharts, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { describeChart } from './describe.ts';

use([
  BarChart,
  LineChart,
  ScatterChart,
  GraphChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  AriaComponent,
  SVGRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GraphSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | AriaComponentOption
>;

export interface ChartClick {
  seriesId?: string;
  seriesName?: string;
  seriesIndex?: number;
  dataIndex: number;
  name: string;
  data: unknown;
  dataType?: string;
}

// Browser tests take screenshots: no animation under automation.
const animate = !(typeof navigator !== 'undefined' && navigator.webdriver);

export default function EChart({
  option,
  height = 320,
  label,
  onClick,
  testId,
}: {
  option: ChartOption;
  height?: number;
  /** What the chart shows, for screen readers. */
  label: string;
  onClick?: (params: ChartClick) => void;
  testId?: string;
}) {
  const { t, lang } = useI18n();
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const clickRef = useRef(onClick);
  clickRef.current = onClick;

  useEffect(() => {
    if (!el.current) return;
    // SVG renders crisp text and keeps labels in the DOM, where tests and screen readers find them.
    const c = init(el.current, undefined, { renderer: 'svg' });
    chart.current = c;
    c.on('click', (p) => clickRef.current?.(p as unknown as ChartClick));
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // ECharts writes the container's aria-label itself; its own wording is English with "40.5", so it is
    // given ours: the label, then each series' figures, in the person's language.
    const description = describeChart(option, label, lang, t);
    chart.current?.setOption(
      { animation: animate, ...option, aria: { enabled: true, label: { description } } },
      { notMerge: true },
    );
  }, [option, label, lang, t]);

  return (
    <div
      ref={el}
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }}
    />
  );
}
