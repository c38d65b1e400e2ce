/** The learning service's sentences: the head's list of unsure messages and adopting one as an example. */
export const zh = {
  headOnly: "只有办公室负责人可以查看未识别的消息和采纳例句。",
  none: "最近没有未识别的消息。",
  title: (n: number) => `最近 ${n} 条没有把握的消息（新的在前；回复“采纳 <编号> <服务>”把它加为例句）：`,
  line: (
    id: number,
    when: string,
    text: string,
    guess: string,
    picked: string | null,
    adopted: string | null,
  ) =>
    `#${id} ${when}「${text}」 猜测：${guess}${picked ? ` → 选了：${picked}` : ""}${adopted ? ` ✓已采纳为${adopted}` : ""}`,
  noGuess: "无",
  usage: (services: string) => `格式：采纳 <编号> <服务>，例如“采纳 12 报修”。可用的服务：${services}`,
  notFound: (id: number) => `没有编号为 ${id} 的未识别消息（可能已超过保留期）。`,
  unknownService: (name: string, services: string) => `没有名为“${name}”的服务。可用的服务：${services}`,
  adopted: (id: number, text: string, service: string, ms: number) =>
    `已采纳 #${id}「${text}」为“${service}”的例句；识别模型已重新训练（用时 ${ms} 毫秒），现在起就按它识别。`,
};

export type LearningTexts = typeof zh;
