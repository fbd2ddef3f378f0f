/**
 * What a publish or a rollback changes for readers: which articles it added, updated, merged
 * into another, retracted or removed (one change-log entry), and when each article was last
 * updated. Worked out from the two builds' edition days, whose summaries carry a fingerprint
 * of every article's published fields, so only days whose content changed are read. Pure
 * apart from the reads it is given.
 */
import { dateOfArticleId } from "./ids.ts";
import { hashText } from "./hash.ts";
import {
  articleKey, CHANGES_KEEP_MAX, CHANGES_KEEP_MIN, CHANGES_KEEP_MS, dayKey, LAYOUT_VERSION, LayoutError, readArticle, readDay,
  type ArticleRecord, type BuildManifest, type Change, type ChangeEntry, type ChangeLogState, type Pointer,
} from "./layout.ts";

/** A hash of the fields readers see: when it changes, the article was updated. */
export function articleFingerprint(r: ArticleRecord): Promise<string> {
  return hashText(JSON.stringify([r.section, r.kind, r.kicker, r.title, r.subtitle, r.byline, r.dateline, r.authors, r.paragraphs, r.photos]), 12);
}

/** Reads a KV value: the store's, or a plan's entry not yet written. */
export type Read = (key: string) => Promise<string | null>;

/** A build as readers see it: its days, less the articles the pointer withdraws (id → reason). */
export interface ServedBuild {
  manifest: BuildManifest;
  withdrawn: Readonly<Record<string, string>>;
}

interface DayView {
  /** Every article of the day → its fingerprint ("" when it cannot be read). */
  fingerprints: Map<string, string>;
  moved: Readonly<Record<string, string>>;
  retracted: Readonly<Record<string, string>>;
}

async function dayView(read: Read, dayHash: string): Promise<DayView | null> {
  const text = await read(dayKey(dayHash));
  if (text === null) return null;
  const day = readDay(text);
  const fingerprints = new Map<string, string>();
  for (const page of day.pages) {
    for (const a of page.articles) {
      let fingerprint = a.fingerprint;
      // A day written before fingerprints existed: read the article itself.
      if (fingerprint === undefined) {
        const article = await read(articleKey(dayHash, a.id));
        fingerprint = article === null ? "" : await articleFingerprint(readArticle(article));
      }
      fingerprints.set(a.id, fingerprint);
    }
  }
  return { fingerprints, moved: day.moved ?? {}, retracted: day.retracted ?? {} };
}

/**
 * The changes readers see when `after` replaces `before` (null: nothing was live), in date
 * order. An article shown before and after is updated when its fingerprint differs; one shown
 * only after is added; one shown only before is retracted (a withdrawal or the day's
 * retraction says so, with the reason), merged (the day's moves name the surviving id) or
 * else removed (a parser or a correction no longer finds it).
 */
export async function diffBuilds(read: Read, before: ServedBuild | null, after: ServedBuild): Promise<Change[]> {
  const beforeDays = before?.manifest.days ?? {};
  const afterDays = after.manifest.days;
  // A withdrawal made or taken back changes what a day shows even where the day itself did not change.
  const flipped = new Set<string>();
  for (const id of Object.keys(before?.withdrawn ?? {})) if (!Object.hasOwn(after.withdrawn, id)) flipped.add(dateOfArticleId(id) ?? "");
  for (const id of Object.keys(after.withdrawn)) if (!Object.hasOwn(before?.withdrawn ?? {}, id)) flipped.add(dateOfArticleId(id) ?? "");
  const dates = [...new Set([...Object.keys(beforeDays), ...Object.keys(afterDays)])].sort();
  const changes: Change[] = [];
  for (const date of dates) {
    const was = Object.hasOwn(beforeDays, date) ? beforeDays[date] : undefined;
    const now = Object.hasOwn(afterDays, date) ? afterDays[date] : undefined;
    if (was === now && !flipped.has(date)) continue;
    const oldDay = was === undefined ? null : await dayView(read, was);
    const newDay = now === undefined ? null : await dayView(read, now);
    if (now !== undefined && newDay === null) throw new LayoutError(`edition day ${dayKey(now)} of build ${after.manifest.id} is missing`);
    const shownBefore = (id: string) => oldDay !== null && oldDay.fingerprints.has(id) && !Object.hasOwn(before?.withdrawn ?? {}, id);
    const shownAfter = (id: string) => newDay !== null && newDay.fingerprints.has(id) && !Object.hasOwn(after.withdrawn, id);
    for (const [id, fingerprint] of newDay?.fingerprints ?? []) {
      if (!shownAfter(id)) continue;
      // A day the build before could not read (a pruned entry): its articles count as updated, never lost.
      if (was !== undefined && oldDay === null) changes.push({ id, change: "updated" });
      else if (!shownBefore(id)) changes.push({ id, change: "added" });
      else if (oldDay!.fingerprints.get(id) !== fingerprint || fingerprint === "") changes.push({ id, change: "updated" });
    }
    for (const id of oldDay?.fingerprints.keys() ?? []) {
      if (!shownBefore(id) || shownAfter(id)) continue;
      const reason = Object.hasOwn(after.withdrawn, id) ? after.withdrawn[id] : newDay && Object.hasOwn(newDay.retracted, id) ? newDay.retracted[id] : undefined;
      const into = newDay && Object.hasOwn(newDay.moved, id) ? newDay.moved[id] : undefined;
      if (reason !== undefined) changes.push({ id, change: "retracted", reason });
      else if (into !== undefined) changes.push({ id, change: "merged", into });
      else changes.push({ id, change: "removed" });
    }
  }
  return changes;
}

/** The log after one more publish or rollback: its entry (null when nothing changed), the pointer's fields, and the entries no longer kept. */
export interface NextLog {
  entry: ChangeEntry | null;
  state: ChangeLogState;
  dropped: number[];
}

/**
 * Appends `changes` as the next entry and carries the update times: an article updated now
 * gets `at`; one no longer shown loses its time; the rest keep theirs. Entries are kept for
 * CHANGES_KEEP_MS, and at least the newest CHANGES_KEEP_MIN, at most CHANGES_KEEP_MAX.
 */
export function nextLog(previous: Pick<Pointer, "updated" | "changes"> | null, changes: readonly Change[], at: string, action: ChangeEntry["action"], build: string): NextLog {
  const gone = new Set(changes.filter((c) => c.change !== "updated" && c.change !== "added").map((c) => c.id));
  const updatedNow = changes.filter((c) => c.change === "updated").map((c) => c.id);
  const renewed = new Set(updatedNow);
  const updated: Record<string, string[]> = {};
  for (const [time, ids] of Object.entries(previous?.updated ?? {})) {
    const kept = ids.filter((id) => !gone.has(id) && !renewed.has(id));
    if (kept.length > 0) updated[time] = kept;
  }
  if (updatedNow.length > 0) updated[at] = [...(updated[at] ?? []), ...updatedNow];
  const log = [...(previous?.changes ?? [])];
  let entry: ChangeEntry | null = null;
  if (changes.length > 0) {
    const seq = (log.at(-1)?.[0] ?? 0) + 1;
    entry = { v: LAYOUT_VERSION, seq, at, action, build, changes: [...changes] };
    log.push([seq, at]);
  }
  const now = Date.parse(at);
  const dropped: number[] = [];
  while (log.length > CHANGES_KEEP_MAX || (log.length > CHANGES_KEEP_MIN && now - Date.parse(log[0]![1]) > CHANGES_KEEP_MS)) dropped.push(log.shift()![0]);
  return { entry, state: { updated, changes: log }, dropped };
}

/** What one log entry tells the editor: `change log entry 3: 1 updated, 2 added`, or that nothing changed for readers. */
export function describeLogEntry(entry: ChangeEntry | null): string {
  if (entry === null) return "no change (no change-log entry)";
  const counts = new Map<string, number>();
  for (const c of entry.changes) counts.set(c.change, (counts.get(c.change) ?? 0) + 1);
  return `change log entry ${entry.seq}: ${[...counts].map(([kind, n]) => `${n} ${kind}`).join(", ")}`;
}
