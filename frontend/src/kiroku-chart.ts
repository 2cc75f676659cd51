/**
 * <kiroku-chart>: a thin Lit element over Apache ECharts (bar charts only) for Kiroku's Java component
 * (app.kiroku.shared.chart.KirokuChart). The server sets `config`, a small JSON description (categories, series,
 * layout), which this element turns into an ECharts option. A click on a bar is reported back as
 * barClicked(seriesIndex, categoryIndex). The chart follows the element's size.
 */
import { LitElement, css, html } from 'lit';
import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

interface ChartServer {
  barClicked(series: number, category: number): void;
}

interface SeriesConfig {
  name: string;
  color: string | null;
  values: number[];
  itemColors: (string | null)[];
}

interface ChartConfig {
  layout: 'VERTICAL' | 'HORIZONTAL' | 'STACKED';
  categories: string[];
  series: SeriesConfig[];
}

function option(config: ChartConfig): echarts.EChartsCoreOption {
  const horizontal = config.layout === 'HORIZONTAL';
  const stacked = config.layout === 'STACKED';
  const categoryAxis = {
    type: 'category',
    data: config.categories,
    inverse: horizontal,
    axisLabel: { interval: 0, hideOverlap: !horizontal, fontSize: 12, lineHeight: 16 },
  };
  const valueAxis = { type: 'value', minInterval: 1 };
  return {
    animation: false,
    aria: { enabled: true },
    textStyle: { fontFamily: 'inherit' },
    tooltip: { trigger: stacked ? 'axis' : 'item', confine: true },
    legend: config.series.length > 1 ? { type: 'scroll', bottom: 0 } : undefined,
    grid: { left: 8, right: 16, top: 16, bottom: config.series.length > 1 ? 36 : 8, containLabel: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: config.series.map((series) => ({
      type: 'bar',
      name: series.name,
      stack: stacked ? 'total' : undefined,
      cursor: 'pointer',
      color: series.color ?? undefined,
      label: { show: !stacked, position: horizontal ? 'right' : 'top' },
      data: series.values.map((value, i) => {
        const color = series.itemColors[i];
        return color ? { value, itemStyle: { color } } : value;
      }),
    })),
  };
}

export class KirokuChartElement extends LitElement {
  static properties = { config: { type: String } };

  static styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 12rem;
    }
    .chart {
      position: absolute;
      inset: 0;
    }
  `;

  declare config: string;
  $server?: ChartServer;
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;

  constructor() {
    super();
    this.config = '';
  }

  render() {
    return html`<div class="chart" part="chart"></div>`;
  }

  protected updated(): void {
    const host = this.renderRoot.querySelector('.chart') as HTMLDivElement | null;
    if (!host || !this.config) {
      return;
    }
    if (!this.chart) {
      this.chart = echarts.init(host, undefined, { renderer: 'svg' });
      this.chart.on('click', (params) => {
        if (typeof params.seriesIndex === 'number' && typeof params.dataIndex === 'number') {
          this.$server?.barClicked(params.seriesIndex, params.dataIndex);
        }
      });
      this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
      this.resizeObserver.observe(this);
    }
    this.chart.setOption(option(JSON.parse(this.config) as ChartConfig), true);
    this.setAttribute('data-ready', '');
  }

  /**
   * The middle of a bar in pixels from the element's top left corner, or null when it is not drawn: lets a
   * browser test click the bar a user would.
   */
  barPosition(series: number, category: number): { x: number; y: number } | null {
    const config = JSON.parse(this.config || '{}') as ChartConfig;
    const value = config.series?.[series]?.values[category];
    if (!this.chart || value === undefined || value <= 0) {
      return null;
    }
    const below = config.layout === 'STACKED'
      ? config.series.slice(0, series).reduce((sum, s) => sum + (s.values[category] ?? 0), 0) : 0;
    const point = config.layout === 'HORIZONTAL' ? [below + value / 2, category] : [category, below + value / 2];
    const pixel = this.chart.convertToPixel({ seriesIndex: series }, point) as number[];
    return { x: pixel[0], y: pixel[1] };
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (!this.chart && this.config) {
      this.requestUpdate();
    }
  }
}

customElements.define('kiroku-chart', KirokuChartElement);
