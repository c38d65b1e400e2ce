import { IANAZone, Zone } from "luxon";

/** Offsets change only at whole quarter hours (UTC) in every zone in use; one lookup per quarter suffices. */
const QUARTER_MS = 15 * 60_000;
const CACHE_LIMIT = 4096;

/**
 * An IANA zone that remembers its UTC offset per quarter hour. Luxon asks `Intl` for the offset on every
 * conversion (`partsOffset`, a tenth of an engine turn); the school's zone asks once per quarter hour instead.
 * A luxon `Zone` of its own, so nothing in luxon is patched.
 */
export class CachedOffsetZone extends Zone {
  readonly #zone: IANAZone;
  readonly #offsets = new Map<number, number>();

  constructor(name: string) {
    super();
    this.#zone = IANAZone.create(name);
  }

  override get type(): string {
    return "iana";
  }
  override get name(): string {
    return this.#zone.name;
  }
  get ianaName(): string {
    return this.#zone.name;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): boolean {
    return this.#zone.isValid;
  }
  override offsetName(ts: number, options: Parameters<Zone["offsetName"]>[1]): string {
    return this.#zone.offsetName(ts, options) as string;
  }
  override formatOffset(ts: number, format: Parameters<Zone["formatOffset"]>[1]): string {
    return this.#zone.formatOffset(ts, format) as string;
  }
  override offset(ts: number): number {
    const quarter = Math.floor(ts / QUARTER_MS);
    let offset = this.#offsets.get(quarter);
    if (offset === undefined) {
      offset = this.#zone.offset(ts) as number;
      if (this.#offsets.size >= CACHE_LIMIT) this.#offsets.clear();
      this.#offsets.set(quarter, offset);
    }
    return offset;
  }
  override equals(other: Zone): boolean {
    return other.type === "iana" && other.name === this.name;
  }
}

const zones = new Map<string, CachedOffsetZone>();

/**
 * The zone to hand luxon for an IANA name (`DateTime.fromJSDate(at, { zone: schoolZone(timeZone) })`); one
 * shared instance per name.
 */
export function schoolZone(name: string): CachedOffsetZone {
  let zone = zones.get(name);
  if (!zone) {
    zone = new CachedOffsetZone(name);
    zones.set(name, zone);
  }
  return zone;
}

/** An instant's wall-clock time in a zone, as UTC fields of a shifted `Date` (read with getUTC…). */
function wallClock(name: string, ms: number): Date {
  return new Date(ms + schoolZone(name).offset(ms) * 60_000);
}

/** The local day of an instant in a zone, as days since 1970-01-01: plain arithmetic, no luxon `DateTime`. */
export function localEpochDay(name: string, ms: number): number {
  return Math.floor(wallClock(name, ms).getTime() / 86_400_000);
}

/** "HH:mm" of an instant in a zone. */
export function localClock(name: string, at: Date): string {
  const wall = wallClock(name, at.getTime());
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}`;
}
