// The dashboard page's script: draws the charts from the JSON block and swaps in the live section whenever the
// server's event stream says something changed. Served from /dashboard/assets; Chart.js is loaded before it.
(() => {
  const charts = [];

  function draw() {
    for (const chart of charts.splice(0)) chart.destroy();
    const block = document.getElementById("chart-data");
    if (!block || typeof Chart === "undefined") return;
    const data = JSON.parse(block.textContent);
    const common = { animation: false, responsive: true, maintainAspectRatio: false };
    const make = (id, config) => {
      const canvas = document.getElementById(id);
      if (canvas) charts.push(new Chart(canvas, { ...config, options: { ...common, ...config.options } }));
    };
    make("chart-trend", {
      type: "bar",
      data: {
        labels: data.trend.labels,
        datasets: [
          {
            type: "bar",
            label: data.trend.openedLabel,
            data: data.trend.opened,
            yAxisID: "count",
            backgroundColor: "#7aa7e0",
          },
          {
            type: "line",
            label: data.trend.onTimeLabel,
            data: data.trend.onTime,
            yAxisID: "percent",
            borderColor: "#1a7f37",
            backgroundColor: "#1a7f37",
            pointStyle: "rectRot",
            pointRadius: 5,
            spanGaps: true,
          },
        ],
      },
      options: {
        scales: {
          count: { position: "left", beginAtZero: true, ticks: { precision: 0 } },
          percent: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false } },
        },
      },
    });
    make("chart-sla", {
      type: "bar",
      data: {
        labels: data.sla.labels,
        datasets: [{ label: data.sla.label, data: data.sla.rates, backgroundColor: "#4e79a7" }],
      },
      options: { indexAxis: "y", scales: { x: { min: 0, max: 100 } } },
    });
    make("chart-ratings", {
      type: "bar",
      data: {
        labels: data.ratings.labels,
        datasets: [{ label: data.ratings.label, data: data.ratings.counts, backgroundColor: "#f28e2b" }],
      },
      options: { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
  }

  async function refresh() {
    const response = await fetch(`/dashboard/live${location.search}`, { credentials: "same-origin" });
    if (!response.ok) return;
    document.getElementById("live").innerHTML = await response.text();
    draw();
    document.body.dataset.updates = String(Number(document.body.dataset.updates ?? 0) + 1);
  }

  draw();
  const events = new EventSource(
    `/dashboard/events?since=${encodeURIComponent(document.body.dataset.mark ?? "")}`,
  );
  events.addEventListener("change", () => {
    refresh().catch(() => {});
  });
})();
