/**
 * One incremental analyzer per field, so re-analysis after each pause in typing only redoes the changed sentences.
 * Bounded (least recently used goes first) because fields are not always released: tabs crash, pages navigate.
 * Generic over the analyzer so it can be tested without the NLP engine.
 */
export interface RegistryEntry<A> {
  analyzer: A;
  /** The options the analyzer was made with, as a stable key; new options mean a new analyzer. */
  optionsKey: string;
}

export class AnalyzerRegistry<A, O> {
  /** Map keeps insertion order: the first key is the least recently used. */
  private readonly entries = new Map<string, RegistryEntry<A>>();

  constructor(
    private readonly create: (options: O) => A,
    private readonly limit = 50,
  ) {}

  /** The analyzer for this field, made fresh when the field is new or its options changed. */
  get(fieldId: string, options: O): A {
    const optionsKey = stableKey(options);
    const known = this.entries.get(fieldId);
    this.entries.delete(fieldId);
    if (known && known.optionsKey === optionsKey) {
      this.entries.set(fieldId, known);
      return known.analyzer;
    }
    const entry = { analyzer: this.create(options), optionsKey };
    this.entries.set(fieldId, entry);
    while (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return entry.analyzer;
  }

  release(fieldId: string): boolean {
    return this.entries.delete(fieldId);
  }

  /** Drop every field whose id starts with `prefix` (all fields of a closed tab). */
  releasePrefix(prefix: string): number {
    let dropped = 0;
    for (const id of [...this.entries.keys()]) {
      if (id.startsWith(prefix)) {
        this.entries.delete(id);
        dropped++;
      }
    }
    return dropped;
  }

  has(fieldId: string): boolean {
    return this.entries.has(fieldId);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** JSON with object keys sorted, so {a, b} and {b, a} give the same key. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );
}

/**
 * A field id that is unique across the browser: the content script only knows its own ids ("f3"), so the
 * background puts the sender's tab and frame in front.
 */
export function scopedFieldId(tabId: number | undefined, frameId: number | undefined, fieldId: string): string {
  return `${tabId ?? 'x'}:${frameId ?? 0}:${fieldId}`;
}

export function tabPrefix(tabId: number): string {
  return `${tabId}:`;
}
