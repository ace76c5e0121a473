// The dashboard is the first screen of every official each morning, and its figures are the same for
// everyone who asks for the same filters. One answer is kept a few seconds per (filters, day), and
// concurrent requests for it share one query. Any write through the API empties it, so this
// process never shows its own change late; another process's writes (an import) show within the TTL.

export class ShortCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 200,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = this.clock();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.ttlMs) return hit.value;
    if (this.entries.size >= this.max) this.evict(now);
    const value = load();
    const entry = { at: now, value };
    this.entries.set(key, entry);
    // A failed load is not remembered.
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private evict(now: number): void {
    for (const [k, e] of this.entries) if (now - e.at >= this.ttlMs) this.entries.delete(k);
    // Still full of fresh entries: drop the oldest (a Map iterates in insertion order).
    while (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
  }
}
