/**
 * Equipment names as people type them ("投影", "projector", "麦克风") mapped to one canonical name each, so a
 * request for a projector matches a room listing 投影仪.
 */
const synonyms: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["投影仪", ["投影", "projector", "beamer"]],
  ["话筒", ["麦克风", "麦", "microphone", "mic", "microphones"]],
  ["音响", ["扩音", "speaker", "speakers", "sound system"]],
  ["白板", ["whiteboard", "white board"]],
  ["电脑", ["计算机", "computer", "pc", "laptop"]],
  ["电视屏", ["电视", "显示屏", "大屏", "screen", "tv", "display"]],
  ["录播", ["录像", "recording", "video recording"]],
];

/** The canonical name of an equipment word ("projector" → "投影仪"); unknown words come back trimmed. */
export function canonicalEquipment(name: string): string {
  const wanted = name.trim().toLowerCase();
  for (const [canonical, words] of synonyms) {
    if (
      canonical === wanted ||
      words.includes(wanted) ||
      (wanted.length >= 2 && canonical.includes(wanted))
    ) {
      return canonical;
    }
  }
  return name.trim();
}

/** An equipment name for English readers ("投影仪" → "projector"); unknown names are kept as written. */
export function equipmentInEnglish(name: string): string {
  const canonical = canonicalEquipment(name);
  return synonyms.find(([c]) => c === canonical)?.[1].find((w) => /^[a-z ]+$/.test(w)) ?? name;
}

/** Whether a room's equipment list covers every wanted item. */
export function hasEquipment(roomEquipment: readonly string[], wanted: readonly string[]): boolean {
  const have = roomEquipment.map(canonicalEquipment);
  return wanted
    .map(canonicalEquipment)
    .every((w) => have.some((h) => h === w || h.includes(w) || w.includes(h)));
}

/** The equipment words mentioned in free text ("带投影仪的会议室", "with a projector"), canonical and unique. */
export function equipmentIn(text: string): string[] {
  const lower = text.toLowerCase();
  const found = new Set<string>();
  for (const [canonical, words] of synonyms) {
    const latin = words.filter((w) => /^[a-z ]+$/.test(w));
    const cjk = [canonical, ...words.filter((w) => !/^[a-z ]+$/.test(w) && w.length >= 2)];
    if (cjk.some((w) => lower.includes(w)) || latin.some((w) => new RegExp(`\\b${w}\\b`).test(lower))) {
      found.add(canonical);
    }
  }
  return [...found];
}
