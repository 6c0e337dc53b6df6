// Draws the national dashboard's charts with Apache ECharts from the numbers the page carries in
// data-dashboard (the same numbers are in the tables next to each chart). No inline script: CSP allows only 'self'.
(function () {
  'use strict';
  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }
  ready(function () {
    var main = document.querySelector('[data-dashboard]');
    if (!main || !window.echarts) { return; }
    var data = JSON.parse(main.getAttribute('data-dashboard'));
    function chart(name) {
      var element = document.querySelector('[data-chart="' + name + '"]');
      return element ? window.echarts.init(element) : null;
    }
    function bars(name, rows, label, value) {
      var c = chart(name);
      if (!c) { return; }
      c.setOption({
        grid: { containLabel: true, left: 8, right: 8 },
        tooltip: {},
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: rows.map(label), inverse: true },
        series: [{ type: 'bar', data: rows.map(value) }]
      });
    }
    var map = chart('map');
    if (map) {
      fetch(document.querySelector('[data-chart="map"]').getAttribute('data-geo'))
        .then(function (response) { return response.json(); })
        .then(function (geo) {
          window.echarts.registerMap('fylker', geo);
          var values = data.uptakeByCounty.map(function (r) { return { name: r.key, value: r.municipalities }; });
          var max = Math.max.apply(null, [1].concat(values.map(function (v) { return v.value; })));
          map.setOption({
            tooltip: { formatter: function (p) { return p.name + ': ' + (p.value || 0); } },
            visualMap: { min: 0, max: max, calculable: true, left: 'left', bottom: 10 },
            series: [{ type: 'map', map: 'fylker', roam: false, data: values }]
          });
        });
    }
    var quarters = chart('quarters');
    if (quarters) {
      quarters.setOption({
        grid: { containLabel: true, left: 8, right: 8 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: data.uptakeByQuarter.map(function (r) { return r.key; }) },
        yAxis: { type: 'value' },
        series: [{ type: 'line', data: data.uptakeByQuarter.map(function (r) { return r.municipalities; }) }]
      });
    }
    bars('funnel', data.funnel, function (r, i) { return (i + 1) + '. ' + r.key; }, function (r) { return r.count; });
    bars('steps', data.nextStepsByTheme, function (r) { return r.key; }, function (r) { return r.count; });
    bars('partners', data.partnersByCounty, function (r) { return r.label; }, function (r) { return r.count; });
    var myths = chart('myths');
    if (myths && data.myths.length) {
      var mythKeys = Array.from(new Set(data.myths.map(function (m) { return m.myth; }))).sort();
      var counties = Array.from(new Set(data.myths.map(function (m) { return m.countyName; }))).sort();
      myths.setOption({
        grid: { containLabel: true, left: 8, right: 8, bottom: 60 },
        tooltip: {},
        xAxis: { type: 'category', data: mythKeys },
        yAxis: { type: 'category', data: counties },
        visualMap: { min: 0, max: 100, orient: 'horizontal', left: 'center', bottom: 0 },
        series: [{
          type: 'heatmap',
          data: data.myths.map(function (m) {
            return [mythKeys.indexOf(m.myth), counties.indexOf(m.countyName),
              m.tables ? Math.round(100 * m.living / m.tables) : 0];
          })
        }]
      });
    }
    var pipeline = chart('pipeline');
    if (pipeline && data.pipeline.length) {
      var stageOrder = ['IDEA', 'DIALOGUE', 'PILOT', 'AGREEMENT', 'OPERATION', 'CLOSED', 'EVALUATED'];
      var stages = stageOrder.filter(function (s) {
        return data.pipeline.some(function (c) { return c.stage === s; });
      });
      var themes = Array.from(new Set(data.pipeline.map(function (c) { return c.theme; }))).sort();
      pipeline.setOption({
        grid: { containLabel: true, left: 8, right: 8, bottom: 60 },
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0, type: 'scroll' },
        xAxis: { type: 'category', data: stages },
        yAxis: { type: 'value', minInterval: 1 },
        series: themes.map(function (theme) {
          return {
            name: theme,
            type: 'bar',
            stack: 'stages',
            data: stages.map(function (stage) {
              var cell = data.pipeline.find(function (c) { return c.stage === stage && c.theme === theme; });
              return cell ? cell.collaborations : 0;
            })
          };
        })
      });
    }
    window.addEventListener('resize', function () {
      document.querySelectorAll('[data-chart]').forEach(function (element) {
        var instance = window.echarts.getInstanceByDom(element);
        if (instance) { instance.resize(); }
      });
    });
  });
})();
