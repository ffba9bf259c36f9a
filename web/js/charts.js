// Draws the charts of the plan page with Chart.js. Each chart's data sits in the data-chart attribute of its canvas
// (the CSP allows no inline script); the same numbers are in the page's tables, so nothing depends on this script.
(function () {
    'use strict';
    if (typeof Chart === 'undefined') {
        return;
    }
    var PALETTE = ['#0b5cad', '#e07b00', '#1a7f37', '#8250df', '#bf3989', '#57606a', '#b35900', '#0598bc', '#cf222e'];

    function money(currency) {
        var format = new Intl.NumberFormat('en-US', {style: 'currency', currency: currency || 'USD', maximumFractionDigits: 0});
        return function (value) {
            return format.format(value);
        };
    }

    function colored(datasets) {
        return datasets.map(function (set, i) {
            var color = set.color || PALETTE[i % PALETTE.length];
            return Object.assign({backgroundColor: color, borderColor: color}, set);
        });
    }

    function stackedCost(canvas, data) {
        var usd = money(data.currency);
        canvas.parentElement.style.height = Math.max(240, 30 * data.labels.length + 90) + 'px';
        return new Chart(canvas, {
            type: 'bar',
            data: {labels: data.labels, datasets: colored(data.datasets)},
            options: {
                indexAxis: 'y',
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {
                    x: {stacked: true, title: {display: true, text: (data.currency || 'USD') + ' per month'},
                        ticks: {callback: function (v) { return usd(v); }}},
                    y: {stacked: true}
                },
                plugins: {
                    tooltip: {callbacks: {label: function (c) { return c.dataset.label + ': ' + usd(c.parsed.x); }}}
                }
            }
        });
    }

    function costCurves(canvas, data) {
        var usd = money(data.currency);
        canvas.parentElement.style.height = '420px';
        return new Chart(canvas, {
            type: 'line',
            data: {datasets: colored(data.datasets).map(function (set) {
                return Object.assign({pointRadius: set.marker ? 7 : 0, showLine: !set.marker, borderWidth: 2}, set);
            })},
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                parsing: false,
                scales: {
                    x: {type: 'linear', title: {display: true, text: data.xTitle}},
                    y: {title: {display: true, text: (data.currency || 'USD') + ' per month'},
                        ticks: {callback: function (v) { return usd(v); }}}
                },
                plugins: {
                    tooltip: {callbacks: {
                        title: function (items) {
                            var x = items.length ? items[0].parsed.x : 0;
                            return x.toFixed(2) + ' ' + data.xUnit + ' (' + (x * data.altPerX).toFixed(1) + ' ' + data.altUnit + ')';
                        },
                        // a curve's point is named by its curve; a mark of the workload by its deployment
                        label: function (c) { return (c.raw.label || c.dataset.label) + ': ' + usd(c.parsed.y); }
                    }}
                }
            }
        });
    }

    function daily(canvas, data) {
        canvas.parentElement.style.height = '260px';
        return new Chart(canvas, {
            type: 'line',
            data: {labels: data.labels, datasets: colored(data.datasets).map(function (set) {
                return Object.assign({pointRadius: 3, borderWidth: 2, tension: 0}, set);
            })},
            options: {
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                scales: {y: {title: {display: true, text: data.unit}}},
                plugins: {legend: {display: false}}
            }
        });
    }

    var KINDS = {'stacked-cost': stackedCost, 'cost-curves': costCurves, 'daily': daily};

    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
        var data = JSON.parse(canvas.getAttribute('data-chart'));
        var draw = KINDS[data.kind];
        if (draw && data.datasets && data.datasets.length > 0) {
            draw(canvas, data);
            canvas.setAttribute('data-drawn', 'true');
        }
    });
})();
