import type { Locale } from "../core/locale.js";
import type { DashboardData, QueueRow, Rate } from "./dashboard-data.js";
import { html, jsonForScript, type SafeHtml } from "./safe-html.js";
import { type DashboardTexts, dashboardTexts } from "./texts/index.js";

export interface PageContext {
  locale: Locale;
  viewerName: string;
  /** School wall time of the data, "HH:mm:ss". */
  updatedAt: string;
  /** The change mark the page was rendered at; its event stream starts from it. */
  mark?: string;
}

const pct = (value: number | null, t: DashboardTexts) => (value === null ? t.noData : `${value.toFixed(1)}%`);

function tile(label: string, value: string, detail: string, verdict: string, ok: boolean | null): SafeHtml {
  const state = ok === null ? "none" : ok ? "ok" : "bad";
  return html`<div class="tile tile-${state}">
  <div class="tile-label">${label}</div>
  <div class="tile-value">${value}</div>
  <div class="tile-detail">${detail}</div>
  <div class="tile-verdict">${verdict}</div>
</div>`;
}

function onTimeVerdict(rate: Rate, t: DashboardTexts): [string, boolean | null] {
  if (rate.rate === null) return [t.onTimeTarget, null];
  if (rate.rate >= 90) return [`${t.onTimeTarget} ${t.targetMet}`, true];
  return [`${t.onTimeTarget} ${rate.rate < 85 ? t.needsCause : t.targetMissed}`, false];
}

function kpiTiles(data: DashboardData, t: DashboardTexts): SafeHtml {
  const { onTime, response, errorRate, satisfaction } = data.kpi;
  const [onTimeText, onTimeOk] = onTimeVerdict(onTime, t);
  const [responseText, responseOk] = onTimeVerdict(response, t);
  const errorOk = errorRate.rate === null ? null : errorRate.rate < 5;
  const errorText =
    errorOk === null ? t.errorTarget : `${t.errorTarget} ${errorOk ? t.targetMet : t.needsTraining}`;
  return html`<section aria-labelledby="kpi-title">
<h2 id="kpi-title">${t.kpiTitle(data.periodFrom, data.today)}</h2>
<div class="tiles">
${tile(t.onTime, pct(onTime.rate, t), t.counted(onTime.met, onTime.counted), onTimeText, onTimeOk)}
${tile(t.response, pct(response.rate, t), t.counted(response.met, response.counted), responseText, responseOk)}
${tile(t.errorRate, pct(errorRate.rate, t), t.complaints(errorRate.errors, errorRate.complaints), errorText, errorOk)}
${tile(
  t.satisfaction,
  satisfaction.mean === null ? t.noData : `${satisfaction.mean.toFixed(2)} / 5`,
  t.satisfactionNote(satisfaction.count),
  "",
  null,
)}
</div>
</section>`;
}

function queueRow(row: QueueRow, t: DashboardTexts): SafeHtml {
  // Marks in plain text (no emoji font needed), so priority reads without colour.
  const mark = row.priority === "urgent" ? "!! " : row.priority === "important" ? "! " : "";
  return html`<tr class="${row.overdue ? "overdue" : ""}" data-ticket="${row.number}">
  <td data-label="${t.columns.number}">${row.number}</td>
  <td data-label="${t.columns.type}">${row.title}</td>
  <td data-label="${t.columns.summary}">${row.summary}</td>
  <td data-label="${t.columns.priority}" class="priority-${row.priority}">${mark}${t.priority[row.priority]}</td>
  <td data-label="${t.columns.status}">${row.status}</td>
  <td data-label="${t.columns.due}">${row.overdue ? html`<strong class="overdue-mark">⚠ ${t.overdue}</strong> ` : ""}${row.due ?? "—"}</td>
</tr>`;
}

function queueSection(data: DashboardData, t: DashboardTexts): SafeHtml {
  const c = t.columns;
  return html`<section id="queue" aria-labelledby="queue-title">
<h2 id="queue-title">${t.queueTitle}</h2>
${data.queue.map(
  (post) => html`<div class="post">
<h3>${post.post} <span class="count">(${post.total})</span></h3>
${
  post.items.length === 0
    ? html`<p class="empty">${t.emptyQueue}</p>`
    : html`<table class="queue">
<thead><tr><th>${c.number}</th><th>${c.type}</th><th>${c.summary}</th><th>${c.priority}</th><th>${c.status}</th><th>${c.due}</th></tr></thead>
<tbody>${post.items.map((row) => queueRow(row, t))}</tbody>
</table>`
}
</div>`,
)}
${data.queue.length === 0 ? html`<p class="empty">${t.emptyQueue}</p>` : ""}
</section>`;
}

function intakeSection(data: DashboardData, t: DashboardTexts): SafeHtml {
  return html`<section aria-labelledby="intake-title">
<h2 id="intake-title">${t.intakeTitle}: <span id="intake-total">${t.ticketsToday(data.intake.total)}</span></h2>
${
  data.intake.total === 0
    ? html`<p class="empty">${t.noIntake}</p>`
    : html`<ul class="intake">${data.intake.byType.map((x) => html`<li>${x.title}: ${x.count}</li>`)}</ul>`
}
</section>`;
}

function chartFigure(id: string, title: string, summary: string): SafeHtml {
  return html`<figure class="chart">
<figcaption>${title}</figcaption>
<div class="chart-box"><canvas id="${id}" role="img" aria-label="${title}: ${summary}">${summary}</canvas></div>
</figure>`;
}

function chartsSection(data: DashboardData, t: DashboardTexts): SafeHtml {
  const trendSummary = data.trend
    .map((w) => `${w.week} ${w.opened} / ${w.onTime === null ? "—" : `${w.onTime.toFixed(0)}%`}`)
    .join("; ");
  const slaSummary = data.slaByType.map((s) => `${s.title} ${pct(s.rate, t)}`).join("; ") || t.noData;
  const ratingSummary = data.kpi.satisfaction.distribution
    .map((n, i) => `${t.chart.stars[i]}: ${n}`)
    .join("; ");
  return html`<section class="charts">
<h2 class="visually-hidden">${t.trendTitle}</h2>
${chartFigure("chart-trend", t.trendTitle, trendSummary)}
${chartFigure("chart-sla", t.slaTitle, slaSummary)}
${chartFigure("chart-ratings", t.ratingsTitle, ratingSummary)}
</section>`;
}

function bookingsSection(data: DashboardData, t: DashboardTexts): SafeHtml {
  const c = t.bookingColumns;
  return html`<section aria-labelledby="bookings-title">
<h2 id="bookings-title">${t.bookingsTitle}</h2>
${
  data.bookingsToday.length === 0
    ? html`<p class="empty">${t.noBookings}</p>`
    : html`<table class="bookings">
<thead><tr><th>${c.time}</th><th>${c.room}</th><th>${c.purpose}</th><th>${c.status}</th></tr></thead>
<tbody>${data.bookingsToday.map(
        (b) => html`<tr><td data-label="${c.time}">${b.time}</td><td data-label="${c.room}">${b.room}</td>
<td data-label="${c.purpose}">${b.purpose}</td><td data-label="${c.status}">${b.status}</td></tr>`,
      )}</tbody></table>`
}
</section>`;
}

function chartData(data: DashboardData, t: DashboardTexts) {
  return {
    trend: {
      labels: data.trend.map((w) => w.week),
      opened: data.trend.map((w) => w.opened),
      onTime: data.trend.map((w) => (w.onTime === null ? null : Math.round(w.onTime * 10) / 10)),
      openedLabel: t.chart.opened,
      onTimeLabel: t.chart.onTime,
    },
    sla: {
      labels: data.slaByType.map((s) => s.title),
      rates: data.slaByType.map((s) => (s.rate === null ? 0 : Math.round(s.rate * 10) / 10)),
      label: t.chart.rate,
    },
    ratings: { labels: t.chart.stars, counts: data.kpi.satisfaction.distribution, label: t.chart.ratings },
  };
}

function supervisionSection(data: DashboardData, t: DashboardTexts): SafeHtml {
  const { audit, survey } = data;
  return html`<section class="tiles supervision">
<div class="tile" id="audit">
${
  audit
    ? html`<div class="tile-label">${t.auditTitle(audit.month)}</div>
<div class="tile-value">${t.auditProgress(audit.checked, audit.drawn)}</div>
<div class="tile-verdict">${t.auditProblems(audit.problems)}</div>`
    : html`<div class="tile-label">${t.noAudit}</div>`
}
</div>
<div class="tile" id="survey">
${
  survey
    ? html`<div class="tile-label">${t.surveyTitle(survey.semester)}</div>
<div class="tile-value">${t.surveyAnswered(survey.answered, survey.asked)}</div>
<ul class="survey-items">${survey.items.map(
        (item) =>
          html`<li class="${item.belowTarget ? "below" : ""}">${t.surveyItem(item.text, item.mean === null ? "—" : item.mean.toFixed(2), item.belowTarget)}</li>`,
      )}</ul>`
    : html`<div class="tile-label">${t.noSurvey}</div>`
}
</div>
</section>`;
}

/** The part of the page that live updates replace: everything below the header. */
export function liveSection(data: DashboardData, page: PageContext): SafeHtml {
  const t = dashboardTexts(page.locale);
  return html`<p class="updated"><span class="live-dot" aria-hidden="true">●</span> ${t.live} · ${t.updatedAt(page.updatedAt)}</p>
${kpiTiles(data, t)}
${queueSection(data, t)}
${intakeSection(data, t)}
${chartsSection(data, t)}
${bookingsSection(data, t)}
${supervisionSection(data, t)}
<script type="application/json" id="chart-data">${jsonForScript(chartData(data, t))}</script>`;
}

/** The whole dashboard page. */
export function dashboardPage(data: DashboardData, page: PageContext): string {
  const t = dashboardTexts(page.locale);
  const other: Locale = page.locale === "zh" ? "en" : "zh";
  const scope =
    data.posts.length === 0 ? t.scopeAll : t.scopePosts(data.posts.join(page.locale === "zh" ? "、" : ", "));
  return `<!doctype html>\n${html`<html lang="${page.locale === "zh" ? "zh-CN" : "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="stylesheet" href="/dashboard/assets/dashboard.css">
</head>
<body data-lang="${page.locale}" data-mark="${page.mark ?? ""}">
<a class="skip" href="#queue">${t.skipToQueue}</a>
<header>
<h1>${t.title}</h1>
<p class="scope">${scope} · ${page.viewerName}</p>
<a class="lang" href="/dashboard?lang=${other}" lang="${other === "zh" ? "zh-CN" : "en"}">${t.otherLanguage}</a>
</header>
<main id="live" aria-live="polite">
${liveSection(data, page)}
</main>
<script src="/dashboard/assets/chart.umd.js"></script>
<script src="/dashboard/assets/dashboard.js"></script>
</body>
</html>`}`;
}

/** Why a link or a request was refused; in both languages, since the reader's is not known. */
export type Refusal = keyof DashboardTexts["refusal"];

export function refusalPage(reason: Refusal): string {
  const zh = dashboardTexts("zh").refusal[reason];
  const en = dashboardTexts("en").refusal[reason];
  return `<!doctype html>\n${html`<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${zh.title} / ${en.title}</title>
<link rel="stylesheet" href="/dashboard/assets/dashboard.css">
</head>
<body class="refusal">
<main>
<h1>${zh.title}</h1>
<p>${zh.body}</p>
<h2 lang="en">${en.title}</h2>
<p lang="en">${en.body}</p>
</main>
</body>
</html>`}`;
}
