/*
 * Impact pages: draws each indicator's measurements against its baseline and target with Apache ECharts. The
 * numbers come from a non-executable JSON script tag named by the chart's data-source; the page shows them as a
 * table too, so the chart is only a picture of that table.
 */
(function () {
  'use strict';

  function draw(element) {
    var source = document.getElementById(element.getAttribute('data-source'));
    if (!source || typeof echarts === 'undefined') { return; }
    var data = JSON.parse(source.textContent);
    var lines = [];
    if (data.baseline !== null) { lines.push({ name: data.baselineLabel, yAxis: Number(data.baseline) }); }
    if (data.target !== null) { lines.push({ name: data.targetLabel, yAxis: Number(data.target) }); }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: true },
      grid: { left: 48, right: 24, top: 24, bottom: 32 },
      xAxis: { type: 'category', data: data.periods },
      yAxis: { type: 'value' },
      tooltip: { trigger: 'axis' },
      series: [{
        name: data.valueLabel,
        type: 'line',
        data: data.values.map(Number),
        itemStyle: { color: '#004f8a' },
        markLine: {
          symbol: 'none',
          label: { formatter: '{b}: {c}', color: '#1a1a1a' },
          lineStyle: { color: '#4a4a4a', type: 'dashed' },
          data: lines
        }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.indicator-chart'), draw);
  });
}());
