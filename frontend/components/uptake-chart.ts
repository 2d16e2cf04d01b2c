import { LitElement, css, html, PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { DatasetComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

// Only what Uptake draws, so the bundle stays small.
echarts.use([BarChart, LineChart, PieChart, DatasetComponent, GridComponent, LegendComponent, TitleComponent,
  TooltipComponent, SVGRenderer]);

/**
 * An Apache ECharts chart. The server sets `option` to the chart's ECharts option as a JSON string;
 * the chart follows the element's size.
 */
@customElement('uptake-chart')
export class UptakeChart extends LitElement {
  static styles = css`
    :host { display: block; position: relative; min-height: 120px; }
    #chart { position: absolute; inset: 0; }
  `;

  @property({ type: String }) option = '{}';

  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;

  render() {
    return html`<div id="chart" part="chart"></div>`;
  }

  connectedCallback() {
    super.connectedCallback();
    // Re-attached by the server after a detach: draw again.
    if (this.hasUpdated && !this.chart) {
      this.initChart();
    }
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  protected firstUpdated() {
    this.initChart();
  }

  protected updated(changed: PropertyValues) {
    if (changed.has('option') && this.chart) {
      this.chart.setOption(JSON.parse(this.option), true);
    }
  }

  private initChart() {
    const container = this.renderRoot.querySelector('#chart') as HTMLElement;
    this.chart = echarts.init(container, undefined, { renderer: 'svg' });
    this.chart.setOption(JSON.parse(this.option), true);
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
  }
}
