import type { IntentClass } from "./intent-classifier.js";

/** Class id of messages that ask for nothing the office does; the bot answers them with its short menu. */
export const smallTalkId = "small-talk";

/** Greetings, thanks and chatter: a class of its own, so they are not pushed into the nearest service. */
export const smallTalk: IntentClass = {
  id: smallTalkId,
  words: [],
  examples: [
    "今天天气怎么样",
    "你是谁",
    "你能做什么",
    "在吗",
    "谢谢",
    "好的谢谢",
    "辛苦了",
    "哈哈",
    "中午吃什么",
    "今天星期几",
    "现在几点了",
    "随便问问",
    "没事了",
    "测试一下",
    "你好呀",
    "早上好",
    "晚安",
    "讲个笑话",
    "周末去哪玩",
    "我也不知道",
    "what can you do",
    "who are you",
    "thanks",
    "thank you so much",
    "good morning",
    "how is the weather today",
    "just testing",
    "never mind",
    "what time is it",
    "tell me a joke",
  ],
};
