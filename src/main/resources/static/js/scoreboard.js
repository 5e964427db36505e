// The scoreboard's charts: each element with data-measure and data-src gets an Apache ECharts chart drawn from the
// measure's JSON (the same numbers as the table beside it). Rows whose period is "all" are totals and not charted.
(function () {
  'use strict';

  function periods(rows) {
    return rows.filter(function (r) { return r.period !== 'all'; });
  }

  function unique(values) {
    return values.filter(function (v, i) { return values.indexOf(v) === i; });
  }

  function bars(categories, series, extra) {
    var option = {
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 48, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: categories },
      yAxis: [{ type: 'value', minInterval: 1 }],
      series: series
    };
    if (extra) {
      option.yAxis.push({ type: 'value', min: 0, max: 1 });
    }
    return option;
  }

  var builders = {
    'bookings': function (rows) {
      var data = periods(rows);
      var months = unique(data.map(function (r) { return r.period; }));
      var people = unique(data.map(function (r) { return r.person; }));
      return bars(months, people.map(function (person) {
        return { name: person, type: 'bar', stack: 'orders', data: months.map(function (m) {
          return data.filter(function (r) { return r.period === m && r.person === person; })
            .reduce(function (sum, r) { return sum + r.orders; }, 0);
        }) };
      }));
    },
    'acceptances': function (rows) {
      var data = periods(rows);
      var months = data.map(function (r) { return r.period; });
      return bars(months, [
        { name: 'Accepted', type: 'bar', stack: 'd', data: data.map(function (r) { return r.accepted; }) },
        { name: 'Rejected', type: 'bar', stack: 'd', data: data.map(function (r) { return r.rejected; }) },
        { name: 'First-time rate', type: 'line', yAxisIndex: 1, data: data.map(function (r) { return r.firstTimeRate; }) }
      ], true);
    },
    'order-to-acceptance': function (rows) {
      var data = periods(rows);
      return bars(data.map(function (r) { return r.period; }), [
        { name: 'Median days', type: 'bar', data: data.map(function (r) { return r.medianDays; }) },
        { name: '90th percentile days', type: 'bar', data: data.map(function (r) { return r.p90Days; }) }
      ]);
    },
    'change-approvals': function (rows) {
      var data = periods(rows);
      return bars(data.map(function (r) { return r.period; }), [
        { name: 'Approved', type: 'bar', stack: 'd', data: data.map(function (r) { return r.approved; }) },
        { name: 'Rejected', type: 'bar', stack: 'd', data: data.map(function (r) { return r.rejected; }) },
        { name: 'Deferred', type: 'bar', stack: 'd', data: data.map(function (r) { return r.deferred; }) },
        { name: 'Approval rate', type: 'line', yAxisIndex: 1, data: data.map(function (r) { return r.approvalRate; }) }
      ], true);
    },
    'change-cycle-times': function (rows) {
      var labels = rows.map(function (r) { return r.changeClass + ' ' + r.phase.replace(/_/g, ' ').toLowerCase(); });
      return bars(labels, [
        { name: 'Median hours', type: 'bar', data: rows.map(function (r) { return r.medianHours; }) },
        { name: '90th percentile hours', type: 'bar', data: rows.map(function (r) { return r.p90Hours; }) }
      ]);
    },
    'change-effects': function (rows) {
      return bars(rows.map(function (r) { return r.currency || '–'; }), [
        { name: 'Cost delta', type: 'bar', data: rows.map(function (r) { return r.costDelta; }) },
        { name: 'Schedule days', type: 'bar', data: rows.map(function (r) { return r.scheduleDays; }) }
      ]);
    },
    'interruptions': function (rows) {
      return bars(rows.map(function (r) { return r.project; }), [
        { name: 'Hours interrupted', type: 'bar', data: rows.map(function (r) { return r.hours; }) }
      ]);
    },
    'gate-decisions': function (rows) {
      var months = unique(rows.map(function (r) { return r.period; }));
      return bars(months, ['GO', 'HOLD', 'RECYCLE', 'KILL'].map(function (kind) {
        return { name: kind, type: 'bar', stack: 'd', data: months.map(function (m) {
          var row = rows.filter(function (r) { return r.period === m && r.decision === kind; })[0];
          return row ? row.decisions : 0;
        }) };
      }));
    },
    'stage-cycle-times': function (rows) {
      return bars(rows.map(function (r) { return r.stage; }), [
        { name: 'Median days', type: 'bar', data: rows.map(function (r) { return r.medianDays; }) },
        { name: '90th percentile days', type: 'bar', data: rows.map(function (r) { return r.p90Days; }) }
      ]);
    },
    'funnel': function (rows) {
      return bars(rows.map(function (r) { return r.stage; }), ['active', 'onHold', 'interrupted', 'completed', 'killed']
        .map(function (key) {
          return { name: key, type: 'bar', stack: 'p', data: rows.map(function (r) { return r[key]; }) };
        }));
    }
  };

  function draw(element) {
    var build = builders[element.dataset.measure];
    if (!build || typeof window.echarts === 'undefined') {
      return;
    }
    fetch(element.dataset.src, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) {
        if (!body || body.rows.length === 0) {
          element.hidden = true;
          return;
        }
        var chart = window.echarts.init(element, null, { renderer: 'svg' });
        chart.setOption(build(body.rows));
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  function start() {
    document.querySelectorAll('.scoreboard-chart[data-measure]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
