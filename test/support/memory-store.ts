/** A KvStore in memory, for tests and the publish benchmark. */
import type { KvStore } from "../../src/publish/publish.ts";

/** Counts writes and deletes, so tests can assert what a publish costs. */
export class MemoryStore implements KvStore {
  readonly data = new Map<string, string>();
  writes: string[] = [];
  deletes: string[] = [];
  async listKeys(): Promise<string[]> {
    return [...this.data.keys()].sort();
  }
  async get(key: string): Promise<string | null> {
    return this.data.get(key) ?? null;
  }
  async putMany(entries: readonly (readonly [string, string])[]): Promise<void> {
    for (const [k, v] of entries) {
      this.data.set(k, v);
      this.writes.push(k);
    }
  }
  async deleteMany(keys: readonly string[]): Promise<void> {
    for (const k of keys) {
      this.data.delete(k);
      this.deletes.push(k);
    }
  }
}
