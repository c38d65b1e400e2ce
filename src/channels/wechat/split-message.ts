/**
 * Longest piece sent as one WeChat message. WeChat has no documented text limit, but clients fold long
 * messages and puppets start rejecting them somewhere above 2,000 characters; 1,500 leaves room for the
 * "@name " of a group reply and reads comfortably on a phone.
 */
export const WECHAT_MESSAGE_LIMIT = 1500;

const sentences = new Intl.Segmenter("zh", { granularity: "sentence" });

/** Natural boundaries, widest first: paragraphs, then lines, then sentences (Chinese and Latin punctuation). */
const levels: ReadonlyArray<{ split: (text: string) => string[]; joiner: string }> = [
  { split: (text) => text.split(/\n{2,}/), joiner: "\n\n" },
  { split: (text) => text.split("\n"), joiner: "\n" },
  { split: (text) => Array.from(sentences.segment(text), (s) => s.segment), joiner: "" },
];

/**
 * Splits a reply into messages of at most `limit` characters, breaking between paragraphs where it can, then
 * between lines, then between sentences; only a single sentence longer than the limit is cut mid-way.
 *
 * ```ts
 * splitMessage("第一段……\n\n第二段……", 1500); // one piece per paragraph when both do not fit together
 * ```
 */
export function splitMessage(text: string, limit = WECHAT_MESSAGE_LIMIT): string[] {
  return splitAt(text, limit, 0)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== "");
}

function splitAt(text: string, limit: number, depth: number): string[] {
  if (text.length <= limit) return [text];
  const level = levels[depth];
  if (!level) return cut(text, limit);
  const units = level.split(text).flatMap((unit) => splitAt(unit, limit, depth + 1));
  const pieces: string[] = [];
  let current: string | undefined;
  for (const unit of units) {
    const joined = current === undefined ? unit : `${current}${level.joiner}${unit}`;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current !== undefined) pieces.push(current);
    current = unit;
  }
  if (current !== undefined) pieces.push(current);
  return pieces;
}

/** Cuts between characters, never inside an emoji's surrogate pair. */
function cut(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = "";
  for (const char of text) {
    if (current.length + char.length > limit) {
      pieces.push(current);
      current = "";
    }
    current += char;
  }
  if (current) pieces.push(current);
  return pieces;
}
