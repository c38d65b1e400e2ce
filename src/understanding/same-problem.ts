import { conceptHits } from "./concept-lexicon.js";
import { equipmentWords } from "./school-lexicons.js";
import { normalizeText } from "./text-normalize.js";

/** What identifies a reported problem: where it is, and the things it is about (canonical names). */
export interface ProblemKey {
  place: string;
  objects: readonly string[];
}

// Names of one thing: hits on any of them count as the first.
const sameThing: readonly (readonly string[])[] = [
  ["投影仪", "投影", "幕布", "projector", "screen"],
  ["空调", "aircon", "air conditioner"],
  ["电脑", "computer", "laptop", "显示器"],
  ["话筒", "麦克风", "microphone"],
  ["音响", "喇叭", "功放", "speaker"],
  ["白板", "电子白板", "whiteboard"],
  ["打印机", "printer"],
  ["灯", "灯管", "light", "lamp"],
  ["插座", "socket"],
  ["门", "door"],
  ["锁", "门锁", "lock"],
  ["窗户", "窗", "window"],
  ["水龙头", "tap"],
  ["马桶", "toilet"],
  ["电梯", "elevator", "lift"],
  ["网络", "无线", "wifi", "internet", "network", "路由器", "网线"],
  ["暖气", "heater"],
  ["风扇", "fan"],
];
const canonical = new Map<string, string>(sameThing.flatMap((names) => names.map((n) => [n, names[0]!])));

const digits: Record<string, string> = {
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};
const roomCode = /(?<![a-z0-9])([a-z]?\d{3,4})(?![0-9])/;

function placeKey(place: string): string {
  const norm = normalizeText(place)
    .replace(/[一二两三四五六七八九](?=[楼层栋号])/g, (d) => digits[d] ?? d)
    .replace(/\b(?:room|classroom|the)\b|[的\s]/g, "");
  const code = roomCode.exec(norm)?.[1];
  return code ? `#${code}` : norm.replace(/(?:教室|房间|室)$/, "");
}

/**
 * The key of a problem from its place and its description; undefined when either says too little to tell
 * two reports apart (no place, or no equipment named).
 *
 * ```ts
 * problemKey("教学楼A301", "投影仪打不开了") // { place: "#a301", objects: ["投影仪"] }
 * ```
 */
export function problemKey(place: string, description: string): ProblemKey | undefined {
  const key = placeKey(place);
  const objects = [
    ...new Set(conceptHits(description, [equipmentWords]).map((h) => canonical.get(h.word) ?? h.word)),
  ];
  if (key.length < 2 || objects.length === 0) return undefined;
  return { place: key, objects };
}

/**
 * The places another report's key may hold and still match `place` in `sameProblem`, besides places that end
 * in it: the place itself and, for place words, each ending of three characters or more.
 */
export function matchingPlaces(place: string): string[] {
  if (place.startsWith("#")) return [place];
  const endings = [place];
  for (let i = 1; place.length - i >= 3; i++) endings.push(place.slice(i));
  return endings;
}

/** Whether places ending in `place` may match it (`sameProblem`): place words of three characters or more. */
export function matchesLongerPlaces(place: string): boolean {
  return !place.startsWith("#") && place.length >= 3;
}

/**
 * Whether two reports are about the same thing in the same place: the same room code (A301), or the same
 * place words (one may name the building too: "教学楼三楼男厕所" and "3楼男厕所"), and a thing in common.
 */
export function sameProblem(a: ProblemKey, b: ProblemKey): boolean {
  const [short, long] = a.place.length <= b.place.length ? [a.place, b.place] : [b.place, a.place];
  const samePlace = short === long || (matchesLongerPlaces(short) && long.endsWith(short));
  return samePlace && a.objects.some((o) => b.objects.includes(o));
}
