/**
 * Speed in a real Chromium (issue 5): typing into a 3,000-word essay stays smooth with the extension loaded, and
 * the sidebar catches up soon after the trainee pauses.
 *
 * What is measured, per editor (a plain textarea, and TinyMCE in its iframe as Moodle embeds it):
 * - Long tasks (> 50 ms) on the page's main thread while ~40 characters are typed with 30 ms between keys, and for
 *   1.5 s after the last key (so the new analysis, its sidebar redraw and the underlines are inside the window).
 *   A content script shares the page's main thread, so its long tasks show in the page's `longtask` entries
 *   (checked by hand with a busy loop in an isolated world). The browser, the page and the editor have long tasks
 *   of their own, so the same steps run in a second Chromium WITHOUT the extension; our run may not have more
 *   long tasks than that baseline's worst attempt.
 * - Per-key input latency: keydown's timestamp → the frame after it (rAF, then a message, i.e. after the paint).
 * - Sidebar update time = (sidebar shows the report of the final text, measured in the frame after the DOM
 *   change, i.e. on screen) − (the last `input` event) − ANALYSE_DEBOUNCE_MS (the content script waits that long
 *   after the last change before asking for a report). What is left is our whole path after the pause: message to
 *   the background, analysis, reply, redraw. Target: ≤ 300 ms.
 * One attempt each: the page-thread work is split so that none of it comes near 50 ms even on a busy machine
 * (2 cores, other test runs). ATTEMPTS > 1 takes the best of that many (and profiles the retries to name a
 * culprit); the thresholds themselves never move. The numbers are printed for the README.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { launchChromium, launchWithExtension, sidebar, startFixtureServer, type Browser, type FixtureServer } from './harness';
import { generateEssay } from '../bench/prose';
import { ANALYSE_DEBOUNCE_MS } from '../../lib/content/session';

const LONG_TASK_MS = 50;
const UPDATE_BUDGET_MS = 300;
const KEY_DELAY_MS = 30;
const ATTEMPTS = 1;
/** Watch this long after the last key: debounce + analysis + redraw fit well inside. */
const SETTLE_MS = 1_500;
/** 38 characters, 7 words; "utilise" and "prior to" make the new report visibly different (formal findings). */
const TYPED = ' I will utilise notes prior to visits.';
const TYPED_WORDS = 7;
const ESSAY = generateEssay(3_000, 5);

interface Kind {
  name: 'textarea' | 'tinymce';
  page: string;
  frame(page: Page): Promise<Frame>;
  field: string;
  /** Put the essay in the field (the way a paste would land) and the caret at the end of a paragraph mid-way. */
  load(page: Page, frame: Frame, essay: string): Promise<void>;
}

const KINDS: Kind[] = [
  {
    name: 'textarea',
    page: '/fixtures/textarea.html',
    frame: async (page) => page.mainFrame(),
    field: 'textarea#reflection',
    load: async (page, frame, essay) => {
      await frame.locator('textarea#reflection').click();
      await frame.evaluate((essay) => {
        const field = document.querySelector('textarea#reflection') as HTMLTextAreaElement;
        field.value = essay;
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        const at = essay.indexOf('\n\n', essay.length / 2);
        field.setSelectionRange(at, at);
      }, essay);
    },
  },
  {
    name: 'tinymce',
    page: '/fixtures/tinymce.html',
    frame: async (page) => {
      const frame = await (await page.waitForSelector('iframe#reflection_ifr')).contentFrame();
      if (!frame) throw new Error('TinyMCE iframe has no frame');
      return frame;
    },
    field: 'body#tinymce',
    load: async (page, frame, essay) => {
      await frame.locator('body#tinymce').click();
      await page.evaluate((essay) => {
        const editor = (window as any).tinymce.activeEditor;
        const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
        editor.setContent(essay.split('\n\n').map((block) => `<p>${escape(block)}</p>`).join(''));
        const paragraphs = editor.getBody().querySelectorAll('p');
        const middle = paragraphs[Math.floor(paragraphs.length / 2)];
        editor.selection.setCursorLocation(middle.lastChild, middle.lastChild.length);
        editor.focus();
      }, essay);
    },
  },
];

interface LongTask {
  start: number;
  duration: number;
  name: string;
}

interface Attempt {
  longTasks: LongTask[];
  /** When each long task began, relative to the last input event (negative: while typing). */
  longTaskOffsets: number[];
  keyLatencies: number[];
  /** Last input event → report of the final text on screen, minus the debounce; null when none came. */
  update: number | null;
  /** CPU self time (ms) of our functions during the window, when profiled. */
  profile?: string[];
}

/** Installs, in the top frame, a long-task log and a watch on the sidebar's word count; in the field's frame, key and input times. */
async function instrument(page: Page, frame: Frame): Promise<void> {
  await page.evaluate(() => {
    const w = window as any;
    const now = () => performance.timeOrigin + performance.now();
    w.__speed = { longTasks: [] as LongTask[], shown: [] as { at: number; words: number }[] };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        w.__speed.longTasks.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration, name: entry.name });
      }
    }).observe({ type: 'longtask', buffered: true });
    // The sidebar may not exist (baseline) or be redrawn; poll for its shadow root cheaply and watch it once there.
    let watched: ShadowRoot | null = null;
    const readWords = (root: ShadowRoot) => {
      const text = root.querySelector('.rl-overview-line span')?.textContent ?? '';
      return Number(text.replace(/\D/g, '')) || 0;
    };
    const watch = () => {
      const root = document.querySelector('reflect-lens-sidebar')?.shadowRoot ?? null;
      if (!root || root === watched) return;
      watched = root;
      let last = readWords(root);
      new MutationObserver(() => {
        const words = readWords(root);
        if (words === last) return;
        last = words;
        // On screen: the frame after this DOM change has been painted (rAF runs before the paint, the message after).
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__speed.shown.push({ at: now(), words });
          channel.port2.postMessage(null);
        });
      }).observe(root, { subtree: true, childList: true, characterData: true });
    };
    watch();
    w.__speed.poll = setInterval(watch, 100);
  });
  await frame.evaluate(() => {
    const w = window as any;
    const now = () => performance.timeOrigin + performance.now();
    w.__keys = { latencies: [] as number[], firstInput: 0, lastInput: 0 };
    addEventListener(
      'keydown',
      (event) => {
        const pressed = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__keys.latencies.push(performance.now() - pressed);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
    addEventListener(
      'input',
      () => {
        const at = now();
        if (!w.__keys.firstInput) w.__keys.firstInput = at;
        w.__keys.lastInput = at;
      },
      true,
    );
  });
}

const currentWords = (page: Page) =>
  sidebar(page)
    .locator('.rl-overview-line span')
    .first()
    .textContent({ timeout: 30_000 })
    .then((text) => Number((text ?? '').replace(/\D/g, '')));

/** Self time of the extension's functions while `run` runs, sampled by the CPU profiler (for finding a culprit). */
async function profileOurCode(page: Page, run: () => Promise<void>): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await run();
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  await cdp.detach();
  const self = new Map<string, number>();
  const nodes = new Map<number, any>(profile.nodes.map((node: any) => [node.id, node]));
  for (let i = 0; i < profile.samples.length; i++) {
    const frame = nodes.get(profile.samples[i])?.callFrame;
    if (!frame?.url?.startsWith('chrome-extension://')) continue;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^chrome-extension:\/\/[^/]+/, '')}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([key, ms]) => `${ms.toFixed(1)} ms ${key}`);
}

/** One typing session on a fresh page: load the essay, wait for the first report (with the extension), type, settle. */
async function typeOnce(context: BrowserContext, server: FixtureServer, kind: Kind, withExtension: boolean, profile = false): Promise<Attempt> {
  const page = await context.newPage();
  try {
    await page.goto(server.url(kind.page));
    await page.waitForFunction(() => (window as any).editorReady === true, null, { timeout: 30_000 });
    const frame = await kind.frame(page);
    await kind.load(page, frame, ESSAY);
    let wordsBefore = 0;
    if (withExtension) {
      // The first report of the whole essay is on screen before we type.
      await expect.poll(() => currentWords(page), { timeout: 30_000 }).toBeGreaterThan(2_900);
      wordsBefore = await currentWords(page);
    }
    // Let the first redraw, the editor and the page settle, the same in both runs.
    await page.waitForTimeout(800);
    await instrument(page, frame);
    const typing = async () => {
      await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
      const deadline = Date.now() + SETTLE_MS + 5_000;
      await page.waitForTimeout(SETTLE_MS);
      if (withExtension) {
        // A slow machine may need longer for the report; keep waiting (this does not widen the long-task window).
        while (Date.now() < deadline) {
          const shown = await page.evaluate(() => (window as any).__speed.shown.length);
          if (shown > 0) break;
          await page.waitForTimeout(100);
        }
      }
    };
    const profiled = profile ? await profileOurCode(page, typing) : (await typing(), undefined);
    const keys = await frame.evaluate(() => (window as any).__keys);
    const speed = await page.evaluate(() => (window as any).__speed);
    const windowEnd = keys.lastInput + SETTLE_MS;
    const longTasks: LongTask[] = speed.longTasks.filter(
      (task: LongTask) => task.start + task.duration >= keys.firstInput && task.start <= windowEnd,
    );
    const final = speed.shown.find((entry: { words: number }) => entry.words === wordsBefore + TYPED_WORDS);
    return {
      longTasks,
      longTaskOffsets: longTasks.map((task) => task.start - keys.lastInput),
      keyLatencies: keys.latencies,
      update: withExtension && final ? final.at - keys.lastInput - ANALYSE_DEBOUNCE_MS : null,
      profile: profiled,
    };
  } finally {
    await page.close();
  }
}

const maxOf = (values: number[]) => (values.length ? Math.max(...values) : 0);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
};
const describeTasks = (tasks: LongTask[]) =>
  `${tasks.length} long task(s)${tasks.length ? `, max ${Math.round(maxOf(tasks.map((t) => t.duration)))} ms` : ''}`;
const describeOffsets = (run: Attempt) =>
  run.longTasks.length
    ? ` [${run.longTasks.map((task, i) => `${Math.round(task.duration)} ms at ${Math.round(run.longTaskOffsets[i])} ms`).join(', ')} from the last key]`
    : '';
const describeKeys = (latencies: number[]) =>
  `key→frame median ${median(latencies).toFixed(0)} ms, max ${maxOf(latencies).toFixed(0)} ms (${latencies.length} keys)`;

let server: FixtureServer;
let withExtension: Browser;
let baseline: BrowserContext;
let baselineDir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  withExtension = await launchWithExtension();
  // The same Chromium and flags, minus the extension.
  baselineDir = mkdtempSync(join(tmpdir(), 'reflect-lens-speed-baseline-'));
  baseline = await launchChromium(baselineDir);
});

afterAll(async () => {
  await baseline?.close();
  if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });
  await withExtension?.close();
  await server?.close();
});

describe.each(KINDS)('typing in a 3,000-word essay: $name', (kind) => {
  const ours: Attempt[] = [];
  let baselineWorst = 0;

  it('adds no long task (> 50 ms) to the page beyond what the page has without the extension', async () => {
    const without = await typeOnce(baseline, server, kind, false);
    baselineWorst = without.longTasks.length;
    console.log(`[speed] ${kind.name} without extension: ${describeTasks(without.longTasks)}${describeOffsets(without)}; ${describeKeys(without.keyLatencies)}`);
    let best: Attempt | undefined;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      // After an attempt with extra long tasks, profile the next one to name the culprit.
      const profiled = attempt > 1 && !!best && best.longTasks.length > baselineWorst;
      const run = await typeOnce(withExtension.context, server, kind, true, profiled);
      ours.push(run);
      console.log(
        `[speed] ${kind.name} with extension, attempt ${attempt}: ${describeTasks(run.longTasks)}${describeOffsets(run)}; ${describeKeys(run.keyLatencies)}; ` +
          `sidebar update ${run.update === null ? 'not seen' : `${Math.round(run.update)} ms after the ${ANALYSE_DEBOUNCE_MS} ms debounce`}`,
      );
      if (run.profile?.length) console.log(`[speed] ${kind.name} our CPU time (profiled attempt):\n  ${run.profile.join('\n  ')}`);
      if (!best || run.longTasks.length < best.longTasks.length) best = run;
      if (best.longTasks.length <= baselineWorst) break;
      // A busy machine also makes the baseline slower: a second baseline run keeps the comparison fair.
      const again = await typeOnce(baseline, server, kind, false);
      baselineWorst = Math.max(baselineWorst, again.longTasks.length);
      console.log(`[speed] ${kind.name} without extension (again): ${describeTasks(again.longTasks)}${describeOffsets(again)}`);
    }
    expect(best!.longTasks.length, `long tasks (> ${LONG_TASK_MS} ms) with the extension vs. ${baselineWorst} without`).toBeLessThanOrEqual(
      baselineWorst,
    );
  });

  it('shows the new report within 300 ms of the end of the debounce', async () => {
    const measured = () => ours.map((run) => run.update).filter((value): value is number => value !== null);
    // More attempts only when the long-task check stopped early and none was fast enough yet.
    while (ours.length < ATTEMPTS && !measured().some((value) => value <= UPDATE_BUDGET_MS)) {
      const run = await typeOnce(withExtension.context, server, kind, true);
      ours.push(run);
      console.log(`[speed] ${kind.name} extra attempt: sidebar update ${run.update === null ? 'not seen' : `${Math.round(run.update)} ms`}`);
    }
    const values = measured();
    const best = values.length ? Math.min(...values) : Infinity;
    console.log(
      `[speed] ${kind.name}: sidebar update after the pause = last input → new report on screen − ${ANALYSE_DEBOUNCE_MS} ms debounce: ` +
        `${values.map((value) => `${Math.round(value)} ms`).join(', ')} (best ${Math.round(best)} ms, budget ${UPDATE_BUDGET_MS} ms)`,
    );
    expect(best).toBeLessThanOrEqual(UPDATE_BUDGET_MS);
  });
});
