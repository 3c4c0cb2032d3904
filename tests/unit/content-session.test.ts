import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../../lib/analysis/types';
import type { EditorAdapter } from '../../lib/editors/types';
import { FieldSession, STALE_NOTICE } from '../../lib/content/session';

/** A field held in a string, standing in for an editor adapter. */
function fakeField(initial: string) {
  let text = initial;
  const listeners = new Set<() => void>();
  const adapter: EditorAdapter = {
    kind: 'textarea',
    element: {} as HTMLElement,
    getText: () => text,
    rectsFor: () => [],
    rangeFor: () => null,
    select: vi.fn(),
    replace(start, end, expected, replacement) {
      if (text.slice(start, end) !== expected) return false;
      text = text.slice(0, start) + replacement + text.slice(end);
      listeners.forEach((l) => l());
      return true;
    },
    observe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    destroy: vi.fn(),
  };
  return {
    adapter,
    type(next: string) {
      text = next;
      listeners.forEach((l) => l());
    },
    get text() {
      return text;
    },
  };
}

function reportFor(text: string, word = 'utilise', replacement = 'use'): Report {
  const start = text.indexOf(word);
  return {
    framework: 'what-so-what',
    length: text.length,
    words: text.split(/\s+/).length,
    sentences: [],
    sections: [],
    findings: start < 0 ? [] : [{ rule: 'formal', start, end: start + word.length, message: 'm', replacement }],
    formality: { score: 50, label: 'balanced' },
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('FieldSession', () => {
  it('drops a late reply for older text and keeps the newer one', async () => {
    const field = fakeField('I will utilise it.');
    const replies: ReturnType<typeof deferred<{ seq: number; report: Report }>>[] = [];
    const session = new FieldSession('f1', field.adapter, { onUpdate() {}, options: () => ({}) }, () => {
      const d = deferred<{ seq: number; report: Report }>();
      replies.push(d);
      return d.promise;
    });
    const first = session.analyseNow();
    field.type('I will utilise it again.');
    const second = session.analyseNow();
    replies[1].resolve({ seq: 2, report: reportFor('I will utilise it again.') });
    await second;
    replies[0].resolve({ seq: 1, report: { ...reportFor('I will utilise it.'), words: 999 } });
    await first;
    expect(session.state.report?.words).not.toBe(999);
    expect(session.state.status).toBe('ready');
    session.destroy();
  });

  it('applies a replacement through the adapter when the words are still there', async () => {
    const field = fakeField('Next time I will utilise the group.');
    const session = new FieldSession('f1', field.adapter, { onUpdate() {}, options: () => ({}) }, async (req) => ({
      seq: req.seq,
      report: reportFor(req.text),
    }));
    await session.analyseNow();
    const finding = session.state.report!.findings[0];
    expect(session.apply(finding)).toBe(true);
    expect(field.text).toBe('Next time I will use the group.');
    session.destroy();
  });

  it('refuses calmly and re-analyses when the text under a finding changed', async () => {
    const field = fakeField('Next time I will utilise the group.');
    const analyse = vi.fn(async (req: { seq: number; text: string }) => ({ seq: req.seq, report: reportFor(req.text) }));
    const session = new FieldSession('f1', field.adapter, { onUpdate() {}, options: () => ({}) }, analyse);
    await session.analyseNow();
    const finding = session.state.report!.findings[0];
    field.type('Next time I will utilised the group.');
    expect(session.apply(finding)).toBe(false);
    expect(field.text).toBe('Next time I will utilised the group.');
    expect(session.state.notice).toBe(STALE_NOTICE);
    expect(analyse).toHaveBeenCalledTimes(2);
    session.destroy();
  });

  it('keeps findings on their words while text is typed before them', async () => {
    const field = fakeField('I will utilise it.');
    const session = new FieldSession('f1', field.adapter, { onUpdate() {}, options: () => ({}) }, async (req) => ({
      seq: req.seq,
      report: reportFor(req.text),
    }));
    await session.analyseNow();
    field.type('Honestly, I will utilise it.');
    const f = session.state.report!.findings[0];
    expect(field.text.slice(f.start, f.end)).toBe('utilise');
    session.destroy();
  });

  it('shows an error state, not an exception, when the background fails', async () => {
    const field = fakeField('Some text here.');
    const session = new FieldSession('f1', field.adapter, { onUpdate() {}, options: () => ({}) }, async () => {
      throw new Error('background asleep');
    });
    await session.analyseNow();
    expect(session.state.status).toBe('error');
    session.destroy();
  });
});
