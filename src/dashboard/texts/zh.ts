// The dashboard's and export's sentences in Simplified Chinese. en.ts mirrors this object key by key.
export const zh = {
  // chat
  dashboardLink: (url: string, minutes: number) =>
    `看板登录链接（${minutes} 分钟内有效，只能打开一次）：\n${url}\n登录后可在本设备查看实时看板。`,
  notAllowed: "看板和导出只对办公室负责人和各岗位工作人员开放。您可以发送“我的工单”查看自己的申请进度。",
  exportLinks: (period: string, csv: string, xlsx: string, minutes: number) =>
    `导出 ${period} 的工单（含时限、处理记录、评价）。下载链接 ${minutes} 分钟内有效，各能使用一次：\nCSV：${csv}\nExcel：${xlsx}`,
  periodLabel: (from: string, to: string) => `${from} 至 ${to}`,
  // page
  title: "综合办实时看板",
  scopeAll: "全部岗位",
  scopePosts: (names: string) => `岗位：${names}`,
  updatedAt: (time: string) => `更新于 ${time}`,
  live: "实时更新",
  otherLanguage: "English",
  skipToQueue: "跳到待办队列",
  queueTitle: "待办队列（按岗位）",
  intakeTitle: "今日受理",
  kpiTitle: (from: string, to: string) => `本月指标（${from} 至 ${to}）`,
  trendTitle: "近 8 周趋势",
  slaTitle: "各服务类型按时办结率（本月）",
  ratingsTitle: "评价分布（本月）",
  bookingsTitle: "今日会议室预约",
  columns: {
    number: "工单号",
    type: "类型",
    summary: "摘要",
    priority: "优先级",
    status: "状态",
    due: "期限",
  },
  bookingColumns: { time: "时间", room: "会议室", purpose: "用途", status: "状态" },
  priority: { urgent: "紧急", important: "重要", normal: "普通" } as Record<string, string>,
  overdue: "已超时",
  emptyQueue: "没有待办工单",
  noIntake: "今天还没有新工单",
  noBookings: "今天没有会议室预约",
  noData: "暂无数据",
  ticketsToday: (n: number) => `${n} 件`,
  onTime: "按时办结率",
  onTimeTarget: "目标 ≥ 90%",
  response: "按时响应率",
  errorRate: "差错率",
  errorTarget: "目标 < 5%",
  satisfaction: "满意度",
  satisfactionNote: (n: number) => `${n} 条评价`,
  counted: (met: number, counted: number) => `${met} / ${counted} 件`,
  complaints: (errors: number, complaints: number) => `${errors} / ${complaints} 件投诉`,
  targetMet: "✓ 达标",
  targetMissed: "✗ 未达标",
  needsCause: "✗ 低于 85%，需要原因分析",
  needsTraining: "✗ 达到 5%，需要安排培训",
  chart: {
    opened: "新工单",
    onTime: "按时办结率 %",
    rate: "按时率 %",
    ratings: "评价数",
    stars: ["1 分", "2 分", "3 分", "4 分", "5 分"],
  },
  bookingStatus: {
    pending: "待审批",
    approved: "已批准",
    released: "已释放",
    checked_in: "已签到",
  } as Record<string, string>,
  // refusals (pages)
  refusal: {
    forged: {
      title: "链接无效",
      body: "这个链接不完整或已被改动。请在聊天中重新发送“看板”或“导出”获取新链接。",
    },
    expired: {
      title: "链接已过期",
      body: "登录和下载链接只在短时间内有效。请在聊天中重新发送“看板”或“导出”。",
    },
    reused: {
      title: "链接已使用过",
      body: "每个链接只能打开一次。请在聊天中重新发送“看板”或“导出”获取新链接。",
    },
    signIn: { title: "请先登录", body: "请在聊天中发送“看板”，用收到的链接登录。" },
    notAllowed: { title: "无权查看", body: "看板只对办公室负责人和各岗位工作人员开放。" },
  },
};

export type DashboardTexts = typeof zh;
