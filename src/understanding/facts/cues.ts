import { conceptHits, wordList } from "../concept-lexicon.js";
import { stationeryWords, suggestionWords, teachingConsumableWords } from "../school-lexicons.js";
import { containsWord, normalizeText } from "../text-normalize.js";

/** Yes/no facts a message can state without being asked; a flow names the one that answers a field. */
export type Cue =
  | "urgent"
  | "suggestion"
  | "incomingDocument"
  | "outgoingDocument"
  | "archiving"
  | "teachingConsumable"
  | "crossDepartment"
  | "teachingActivity"
  | "anonymous";

// A class soon: a time close at hand next to a lesson ("下午还要上课", "明早有实验课", "第三节课要用").
const soon =
  "(?:马上|立刻|一会儿?|待会儿?|等下|等一下|今天|今早|今晚|上午|中午|下午|晚上|明早|明天|早上|第[一二三四五六七八九\\d]节)";
const classSoon = new RegExp(`${soon}[^，,。；;！!？?]{0,6}?(?:课|上课|考试|监考|要用|开会)`);
const englishClassSoon =
  /\b(?:class|lesson|exam)\b[^,.;!?]{0,20}\b(?:soon|today|this (?:morning|afternoon)|tomorrow|in \d+ minutes)\b|\b(?:this (?:morning|afternoon)|soon|today)\b[^,.;!?]{0,20}\b(?:class|lesson|exam)\b/i;
const safety = wordList(
  "危险、冒火花、火花、冒烟、着火、起火、漏电、触电、煤气、燃气味、砸到、砸伤、受伤、伤到、掉下来、塌、困在、被困、紧急、很急、急用、马上处理、立刻、urgent、asap、emergency、dangerous、sparks、smoke、fire、shock、could get hurt、injured、trapped",
);

const incoming = wordList(
  "收文、来文、收到、来了一份、来了份、来了一个、发来、转来、送来、下发、签收、登记收文、received、incoming、came in、arrived",
);
const outgoing = wordList(
  "发文、发函、回函、发给、报送、上报、寄出、寄给、行文、印发、发出、send、sending out、submit to",
);
// "给区教研室发一个函", "to the bureau": the school sends it.
const sendTo = /给[^，,。；;]{1,12}?(?:发|寄|送|回)|\bto the [a-z ]*(?:bureau|office)\b/;
const archive = wordList("归档、存档、入档、archive、file away");
const cross = wordList(
  "跨部门、多部门、各部门、多个部门、各处室、联席、协调会、全校、cross-department、departments、joint meeting",
);
// Two named offices in one request ("教务处和后勤处") mean a meeting across departments.
const twoOffices =
  /[\p{Script=Han}]{1,4}(?:处|办|室|组|中心)[和与及、跟][\p{Script=Han}]{1,4}(?:处|办|室|组|中心)/u;
const teachingSubjects = wordList(
  "实验课、实验、美术课、体育课、音乐课、科学课、物理、化学、生物、劳动课、lab、art class、science、pe class",
);

// "教学楼" is a building and "classroom" a place, not teaching.
const teachingActivity =
  /上课|教学(?!楼)|公开课|考试|监考|听课|\b(?:class(?:es)?|lessons?|exams?|teaching)\b/;
const anonymous = /匿名|anonymous/;
const notAnonymous = /不(?:用|要|需要)?匿名|非匿名|not\s+anonymous/;

const any = (norm: string, words: readonly string[]) =>
  words.some((w) => containsWord(norm, normalizeText(w)));

/**
 * Whether a message states a cue: urgency (a class soon or a safety risk), a suggestion rather than a
 * complaint, a document's direction, teaching consumables, a meeting across departments.
 *
 * ```ts
 * hasCue("A301的投影仪打不开了，下午还要上课", "urgent") // true
 * ```
 */
export function hasCue(text: string, cue: Cue): boolean {
  const norm = normalizeText(text);
  switch (cue) {
    case "urgent":
      return classSoon.test(norm) || englishClassSoon.test(norm) || any(norm, safety);
    case "suggestion":
      return conceptHits(norm, [suggestionWords]).length > 0 && !/投诉|complain/.test(norm);
    case "incomingDocument":
      return (
        any(norm, incoming) &&
        !any(
          norm,
          outgoing.filter((w) => w !== "发出"),
        )
      );
    case "outgoingDocument":
      return (any(norm, outgoing) || sendTo.test(norm)) && !any(norm, incoming);
    case "archiving":
      return any(norm, archive);
    case "teachingConsumable": {
      const hits = conceptHits(norm, [teachingConsumableWords, stationeryWords]);
      const teaching = hits.filter((h) => h.concept === teachingConsumableWords.id).length;
      const office = hits.length - teaching;
      return teaching > 0 && (teaching >= office || any(norm, teachingSubjects));
    }
    case "crossDepartment":
      return any(norm, cross) || twoOffices.test(norm);
    case "teachingActivity":
      return teachingActivity.test(norm);
    case "anonymous":
      return anonymous.test(norm) && !notAnonymous.test(norm);
  }
}
