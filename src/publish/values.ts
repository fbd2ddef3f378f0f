/**
 * The values a manifest gives and the renderers read — edition dates and the paper's UTC
 * offset — checked by one validator each, so that a build that passes can always be served:
 * what the build accepts, the Worker renders.
 */

/** A calendar date `YYYY-MM-DD`, any year from 0000 to 9999 (not only the ones Date.UTC reads as such). */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const at = utcMidnight(Number(m[1]), Number(m[2]), Number(m[3]));
  return at !== null;
}

/** Milliseconds at 00:00 UTC of that calendar date, or null when there is no such date. Years 0–99 are years 0–99. */
export function utcMidnight(year: number, month: number, day: number): number | null {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d.getTime() : null;
}

/** The largest offset from UTC a zone has (UTC+14, Kiribati; UTC−12). */
const MAX_OFFSET_MINUTES = 14 * 60;

/** `"+08:00"` → 480, `"-05:30"` → -330, `"Z"` → 0. Throws a RangeError naming `utcOffset` otherwise. */
export function parseUtcOffset(offset: string): number {
  if (offset === "Z") return 0;
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const minutes = m ? Number(m[2]) * 60 + Number(m[3]) : NaN;
  if (!m || Number(m[3]) > 59 || minutes > MAX_OFFSET_MINUTES) {
    throw new RangeError(`utcOffset: expected "+HH:MM" or "-HH:MM" from -14:00 to +14:00, got ${JSON.stringify(offset)}`);
  }
  return m[1] === "-" ? -minutes : minutes;
}
