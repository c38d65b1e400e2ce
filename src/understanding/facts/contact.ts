// A mainland mobile number, an extension written as 分机/ext., or digits after 电话/tel/phone (kept without the word).
const phone = /1[3-9]\d{9}|分机\s*\d{3,5}|ext\.?\s*\d{3,5}|(?:电话|tel|phone)[:：]?\s*(\d{3,12})/i;

/** A phone number or extension in a message: "分机 8021", "13812345678", "ext. 8021", "电话 6201" → "6201". */
export function findContact(text: string): string | undefined {
  const match = phone.exec(text.normalize("NFKC"));
  return match?.[1] ?? match?.[0];
}

const signed = /([^，,。；;\s]{1,10}(?:校长|书记|主任|领导))(?:已经?|已)签(?:字|批|发)/;

/** A leader's sign-off a message reports: "王副校长已签字" → "王副校长". */
export function leaderSignOff(text: string): string | undefined {
  return signed.exec(text.normalize("NFKC"))?.[1];
}
