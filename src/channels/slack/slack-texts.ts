import type { Locale } from "../../core/locale.js";

// Slack's own controls and headings; the conversation's sentences come from the engine.
const zh = {
  urgent: "🔴 紧急",
  formsIntro: "📝 也可以用表单一次填完：",
  formButton: (title: string) => `📝 ${title}`,
  pickDate: "选择日期",
  pickStart: "开始时间",
  pickEnd: "结束时间",
  pickTime: "时间",
  usePicked: "使用所选时间",
  pickFirst: "请先选好日期和时间，再点“使用所选时间”。",
  chose: (user: string, label: string) => `✅ <@${user}> 选择了：${label}`,
  notYours: "这是其他同事的对话，您可以 @我 开始自己的对话。",
  repliedInDm: "我已在私信中回复您。",
  whichForm: (titles: string) => `请写明要填写的表单，例如“form 报修”。可用的表单：${titles}`,
  submit: "提交",
  close: "取消",
  formFailed: "抱歉，系统出了点问题，表单没有保存，请稍后再试。",
  homeTitle: (name: string) => `${name}，您好 👋`,
  homeIntro: "在这里查看您的工单和预约。给我发私信或用斜杠命令即可办理新事项。",
  menuButton: "📋 服务菜单",
  myTickets: "我的工单",
  noTickets: "目前没有进行中的工单。",
  myBookings: "我的预约",
  noBookings: "目前没有即将到来的预约。",
  queue: (posts: string) => `待办：${posts}（紧急优先，其次按期限）`,
  queueEmpty: "没有待办工单。",
  due: (when: string) => `期限 ${when}`,
  overdue: "⏰ 已超时",
  moreItems: (n: number) => `……另有 ${n} 项，回复“待办”或“我的工单”查看全部。`,
};

const en: typeof zh = {
  urgent: "🔴 Urgent",
  formsIntro: "📝 Or fill in a whole form at once:",
  formButton: (title: string) => `📝 ${title}`,
  pickDate: "Pick a date",
  pickStart: "Start",
  pickEnd: "End",
  pickTime: "Time",
  usePicked: "Use this time",
  pickFirst: "Please pick the date and time first, then press “Use this time”.",
  chose: (user: string, label: string) => `✅ <@${user}> chose: ${label}`,
  notYours: "This is a colleague's conversation; mention me to start your own.",
  repliedInDm: "I have replied in our direct messages.",
  whichForm: (titles: string) => `Please name the form, e.g. “form repair”. Forms: ${titles}`,
  submit: "Submit",
  close: "Cancel",
  formFailed: "Sorry, something went wrong and the form was not saved; please try again shortly.",
  homeTitle: (name: string) => `Hello, ${name} 👋`,
  homeIntro:
    "Your tickets and bookings at a glance. Send me a direct message or use the slash command to ask for something new.",
  menuButton: "📋 Services",
  myTickets: "My tickets",
  noTickets: "No tickets in progress.",
  myBookings: "My bookings",
  noBookings: "No upcoming bookings.",
  queue: (posts: string) => `Queue: ${posts} (urgent first, then by deadline)`,
  queueEmpty: "Nothing in the queue.",
  due: (when: string) => `due ${when}`,
  overdue: "⏰ overdue",
  moreItems: (n: number) => `…and ${n} more; reply “queue” or “my tickets” for the full list.`,
};

export type SlackTexts = typeof zh;

export function slackTexts(locale: Locale): SlackTexts {
  return locale === "en" ? en : zh;
}
