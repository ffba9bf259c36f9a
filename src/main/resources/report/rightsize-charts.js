(function () {
  'use strict';
  var holder = document.getElementById('report-data');
  if (!holder || typeof Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-charts'));
  var palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79'];
  var limitColours = ['#c0392b', '#8e44ad', '#d35400'];

  function tick(ms, daily) {
    var iso = new Date(ms).toISOString();
    return daily ? iso.slice(0, 10) : iso.slice(5, 10) + ' ' + iso.slice(11, 16);
  }

  data.charts.forEach(function (c) {
    var canvas = document.getElementById(c.id);
    if (!canvas) {
      return;
    }
    var datasets = c.series.map(function (s, i) {
      var colour = palette[i % palette.length];
      return {
        label: s.label,
        data: s.points.map(function (p) { return { x: p[0], y: p[1] }; }),
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 1.5,
        borderDash: s.dashed ? [6, 4] : [],
        pointRadius: s.points.length > 60 ? 0 : 3,
        spanGaps: false
      };
    });
    c.lines.forEach(function (l, i) {
      var colour = limitColours[i % limitColours.length];
      datasets.push({
        label: l.label + ' (' + l.value.toFixed(1) + ' ' + c.unit + ')',
        data: [{ x: c.xMin, y: l.value }, { x: c.xMax, y: l.value }],
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 1.5,
        borderDash: [4, 4],
        pointRadius: 0
      });
    });
    new Chart(canvas, {
      type: 'line',
      data: { datasets: datasets },
      options: {
        animation: false,
        parsing: false,
        maintainAspectRatio: false,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: { type: 'linear', min: c.xMin, max: c.xMax, ticks: { maxTicksLimit: 8, callback: function (v) { return tick(v, c.daily); } } },
          y: { beginAtZero: true, title: { display: true, text: c.unit } }
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: { callbacks: { title: function (items) { return items.length ? tick(items[0].parsed.x, c.daily) : ''; } } }
        }
      }
    });
  });
})();
