/**
 * Instants in the paper's own time zone. A printed edition has a date, not an
 * instant; feeds need an instant with an explicit zone, or readers show it hours off.
 * Every formatted time keeps the paper's numeric offset (never "CST").
 */
import { parseUtcOffset, utcMidnight } from "../publish/values.ts";

export interface ZonedTime {
  /** Milliseconds since the Unix epoch. */
  epochMs: number;
  /** The zone's offset from UTC in minutes (480 for +08:00). */
  offsetMinutes: number;
  /** RFC 3339 / ISO 8601 with the numeric offset: `2023-11-07T06:00:00+08:00`. */
  rfc3339: string;
  /** RFC 822 (RSS) with a numeric zone: `Tue, 07 Nov 2023 06:00:00 +0800`. */
  rfc822: string;
}

/** When an edition is published if the manifest gives no time. */
export const DEFAULT_EDITION_TIME = "06:00";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export { parseUtcOffset };

/** The instant `epochMs` as seen in a zone `offsetMinutes` from UTC. */
export function zonedTime(epochMs: number, offsetMinutes: number): ZonedTime {
  if (!Number.isFinite(epochMs)) throw new RangeError(`epochMs: expected a finite number, got ${epochMs}`);
  const local = new Date(epochMs + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const hh = pad(Math.floor(abs / 60));
  const mm = pad(abs % 60);
  const year = local.getUTCFullYear();
  const date = `${pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const clock = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
  return {
    epochMs,
    offsetMinutes,
    rfc3339: `${date}T${clock}${sign}${hh}:${mm}`,
    rfc822: `${WEEKDAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${pad(year, 4)} ${clock} ${sign}${hh}${mm}`,
  };
}

/**
 * The instant an edition is published: its date at `time` (`"HH:MM"` or
 * `"HH:MM:SS"`, default 06:00) in the paper's zone `utcOffset` (`"+08:00"`).
 * `editionTime("2023-11-07", null, "+08:00").rfc822` → `"Tue, 07 Nov 2023 06:00:00 +0800"`.
 * Throws a RangeError naming the bad parameter.
 */
export function editionTime(date: string, time: string | null | undefined, utcOffset: string): ZonedTime {
  // A feed's 50 items share a few editions: each instant is worked out once (frozen, so sharing is safe).
  const key = `${date}|${time ?? ""}|${utcOffset}`;
  const known = editionTimes.get(key);
  if (known) return known;
  const made = Object.freeze(makeEditionTime(date, time, utcOffset));
  if (editionTimes.size >= MAX_EDITION_TIMES) editionTimes.delete(editionTimes.keys().next().value!);
  editionTimes.set(key, made);
  return made;
}

const editionTimes = new Map<string, ZonedTime>();
const MAX_EDITION_TIMES = 512;

function makeEditionTime(date: string, time: string | null | undefined, utcOffset: string): ZonedTime {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!d) throw new RangeError(`edition.date: expected YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const t = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time ?? DEFAULT_EDITION_TIME);
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59 || Number(t[3] ?? 0) > 59) {
    throw new RangeError(`edition.time: expected HH:MM or HH:MM:SS, got ${JSON.stringify(time)}`);
  }
  const offsetMinutes = parseUtcOffset(utcOffset);
  const midnight = utcMidnight(year, month, day);
  if (midnight === null) throw new RangeError(`edition.date: ${date} is not a calendar date`);
  const localMs = midnight + ((Number(t[1]) * 60 + Number(t[2])) * 60 + Number(t[3] ?? 0)) * 1000;
  return zonedTime(localMs - offsetMinutes * 60_000, offsetMinutes);
}

/**
 * An instant given as epoch milliseconds or an RFC 3339 string with a zone
 * (`"2023-11-07T00:30:00Z"`), shown in the zone `offsetMinutes`. Throws a RangeError
 * naming `name` when the value is not such an instant.
 */
export function toZonedTime(value: number | string, offsetMinutes: number, name = "time"): ZonedTime {
  if (typeof value === "number") return zonedTime(value, offsetMinutes);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    throw new RangeError(`${name}: expected an RFC 3339 time with a zone, got ${JSON.stringify(value)}`);
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new RangeError(`${name}: ${JSON.stringify(value)} is not a valid time`);
  return zonedTime(ms, offsetMinutes);
}
