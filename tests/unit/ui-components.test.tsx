/**
 * The shared panels rendered into a DOM (linkedom, which WXT already brings in): test hooks, grouping, Apply only
 * when there is a safe replacement, prompts for missing and thin sections, calm empty and error states, and the
 * shadow-root host. Sentences here are made up for the tests.
 */
import { parseHTML } from 'linkedom';
import { render, type ComponentChild } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../../lib/analysis/types';
import { whatSoWhatNowWhat } from '../../lib/frameworks/what-so-what-now-what';
import { COPY, FINDING_GROUPS } from '../../lib/ui/copy';
import { Launcher, launcherCounts } from '../../lib/ui/Launcher';
import { mountInShadow } from '../../lib/ui/mount';
import { ReportView } from '../../lib/ui/ReportView';
import { Sidebar } from '../../lib/ui/Sidebar';
import { SIDEBAR_CSS } from '../../lib/ui/styles';
import type { ReportViewProps } from '../../lib/ui/types';

let win: ReturnType<typeof parseHTML>['window'];
let doc: Document;
let root: HTMLElement;

beforeEach(() => {
  const parsed = parseHTML('<!doctype html><html><head></head><body></body></html>');
  win = parsed.window;
  doc = parsed.document as unknown as Document;
  // Preact creates nodes with the global document.
  (globalThis as { document?: unknown }).document = doc;
  root = doc.createElement('div');
  doc.body.appendChild(root);
});

afterEach(() => {
  render(null, root);
  delete (globalThis as { document?: unknown }).document;
});

function show(vnode: ComponentChild): HTMLElement {
  render(vnode, root);
  return root;
}

function click(el: Element | null) {
  expect(el).not.toBeNull();
  el!.dispatchEvent(new win.Event('click', { bubbles: true }) as unknown as Event);
}

function keydown(el: Element, key: string) {
  const event = new win.Event('keydown', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'key', { value: key });
  el.dispatchEvent(event as unknown as Event);
}

function span(text: string, needle: string): { start: number; end: number; original: string } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`not in text: ${needle}`);
  return { start, end: start + needle.length, original: needle };
}

// A made-up short reflection: plenty of "what happened", a thin "learning", no "applying".
const TEXT =
  'On Tuesday I co-facilitated the carers group for the first time. ' +
  'The room was set up by the coordinator before we arrived. ' +
  'I commenced the session with a round of introductions and a check-in. ' +
  'One carer talked about her son and then about the hospital and then about the long wait and the forms and the phone calls that nobody returned for weeks. ' +
  'I felt a bit out of my depth.';

const passive: Finding = {
  rule: 'passive',
  ...span(TEXT, 'was set up'),
  message: 'This says what was done, not who did it.',
  suggestion: 'Try: “the coordinator set up the room”.',
};
const formal: Finding = {
  rule: 'formal',
  ...span(TEXT, 'commenced'),
  message: '“Commenced” is a formal word.',
  suggestion: 'Try: “started”.',
  replacement: 'started',
};
const longSentence: Finding = {
  rule: 'long-sentence',
  ...span(TEXT, TEXT.slice(TEXT.indexOf('One carer'), TEXT.indexOf('I felt'))),
  message: 'This sentence is 32 words long.',
  suggestion: 'Try splitting it in two.',
};
const missingApplying: Finding = {
  rule: 'missing-section',
  section: 'applying',
  message: '“Applying it as a peer worker” seems to be missing.',
  prompts: whatSoWhatNowWhat.sections[2].prompts,
};
const essayNote: Finding = {
  rule: 'impersonal',
  message: 'Say a little more about yourself.',
  suggestion: 'Try “I noticed…”.',
};

function makeReport(overrides: Partial<Report> = {}): Report {
  const sentenceStarts = [0, TEXT.indexOf('The room'), TEXT.indexOf('I commenced'), TEXT.indexOf('One carer'), TEXT.indexOf('I felt')];
  const sentences = sentenceStarts.map((start, i) => ({
    start,
    end: (sentenceStarts[i + 1] ?? TEXT.length) - (i + 1 < sentenceStarts.length ? 1 : 0),
    section: i === 4 ? 'learning' : 'happened',
    move: (i === 4 ? 'feeling' : 'experience') as Report['sentences'][number]['move'],
    cues: i === 4 ? ['feeling: "i felt"'] : i === 0 ? ['past event: "co-facilitated"'] : [],
    grounded: i === 4 || i === 0,
    words: 10,
  }));
  return {
    framework: 'what-so-what',
    length: TEXT.length,
    words: 62,
    sentences,
    sections: [
      { id: 'happened', title: 'What happened', present: true, sentences: 4, words: 55, share: 0.94 },
      { id: 'learning', title: 'What I learned', present: true, sentences: 1, words: 7, share: 0.06 },
      { id: 'applying', title: 'Applying it as a peer worker', present: false, sentences: 0, words: 0, share: 0 },
    ],
    findings: [longSentence, formal, missingApplying, passive, essayNote],
    formality: { score: 58, label: 'balanced' },
    ...overrides,
  };
}

function props(overrides: Partial<ReportViewProps> = {}): ReportViewProps {
  return { report: makeReport(), framework: whatSoWhatNowWhat, text: TEXT, status: 'ready', ...overrides };
}

describe('ReportView section cards', () => {
  it('has one card per section of the framework, marked present or missing', () => {
    const view = show(<ReportView {...props()} />);
    const cards = [...view.querySelectorAll('[data-section]')];
    expect(cards.map((c) => c.getAttribute('data-section'))).toEqual(['happened', 'learning', 'applying']);
    expect(cards.map((c) => c.getAttribute('data-present'))).toEqual(['true', 'true', 'false']);
    const happened = view.querySelector('[data-section="happened"]')!;
    expect(happened.textContent).toContain('4 sentences');
    expect(happened.textContent).toContain('94% of your words');
    expect((happened.querySelector('.rl-bar-fill') as HTMLElement).style.width).toBe('94%');
  });

  it('gives a missing section its description and prompt questions', () => {
    const view = show(<ReportView {...props()} />);
    const applying = view.querySelector('[data-section="applying"]')!;
    expect(applying.textContent).toContain(COPY.missing);
    expect(applying.textContent).toContain(whatSoWhatNowWhat.sections[2].description);
    const prompts = [...applying.querySelectorAll('.rl-prompts li')].map((li) => li.textContent);
    expect(prompts).toEqual(whatSoWhatNowWhat.sections[2].prompts);
  });

  it('gives a thin section (a small share of the words) its prompts too, but not a full one', () => {
    const view = show(<ReportView {...props()} />);
    const learning = view.querySelector('[data-section="learning"]')!;
    expect(learning.getAttribute('data-present')).toBe('true');
    expect(learning.getAttribute('data-state')).toBe('thin');
    expect(learning.querySelectorAll('.rl-prompts li').length).toBe(whatSoWhatNowWhat.sections[1].prompts.length);
    expect(view.querySelector('[data-section="happened"] .rl-prompts')).toBeNull();
  });

  it('shows a part with a sentence but not yet written as "just started", with its prompts, and not present', () => {
    const sections = makeReport().sections.map((s) => (s.id === 'applying' ? { ...s, sentences: 1, words: 9, share: 0.1 } : s));
    const view = show(<ReportView {...props({ report: makeReport({ sections }) })} />);
    const applying = view.querySelector('[data-section="applying"]')!;
    expect(applying.getAttribute('data-state')).toBe('started');
    expect(applying.getAttribute('data-present')).toBe('false');
    expect(applying.textContent).toContain(COPY.started);
    expect(applying.textContent).toContain(COPY.startedHelp);
    expect(applying.querySelectorAll('.rl-prompts li').length).toBe(whatSoWhatNowWhat.sections[2].prompts.length);
  });

  it('says a part is only hinted at when its sentences lean there by wording alone', () => {
    const base = makeReport();
    const sentences = base.sentences.map((x, i) => (i === 3 ? { ...x, section: 'learning', move: 'analysis' as const, cues: [], grounded: false } : x));
    const sections = base.sections.map((x) => (x.id === 'learning' ? { ...x, present: false, sentences: 2, words: 17, share: 0.2 } : x));
    const view = show(<ReportView {...props({ report: makeReport({ sentences, sections }) })} />);
    const learning = view.querySelector('[data-section="learning"]')!;
    expect(learning.getAttribute('data-state')).toBe('started');
    expect(learning.textContent).toContain(COPY.unclearHelp);
    expect(learning.textContent).not.toContain(COPY.startedHelp);
  });

  it('treats a section absent from the report (another framework) as missing rather than crashing', () => {
    const report = makeReport({ sections: makeReport().sections.filter((s) => s.id !== 'applying') });
    const view = show(<ReportView {...props({ report })} />);
    expect(view.querySelector('[data-section="applying"]')!.getAttribute('data-present')).toBe('false');
  });

  it('explains in a "Why?" what the sentences read as', () => {
    const view = show(<ReportView {...props()} />);
    const why = view.querySelector('[data-section="learning"] details')!;
    expect(why.querySelector('summary')!.textContent).toBe(COPY.why);
    expect(why.textContent).toContain('“I felt a bit out of…”'.slice(1, -1));
    expect(why.textContent).toContain('reads as feeling: "i felt"');
    expect(view.querySelector('[data-section="applying"] details')).toBeNull();
  });

  it('shows section swatches only with "show structure" on', () => {
    expect(show(<ReportView {...props()} />).querySelector('.rl-swatch')).toBeNull();
    expect(show(<ReportView {...props({ showStructure: true })} />).querySelectorAll('.rl-swatch').length).toBe(3);
  });
});

describe('ReportView findings', () => {
  it('groups findings by kind in a fixed order, with friendly titles', () => {
    const view = show(<ReportView {...props()} />);
    const groups = [...view.querySelectorAll('[data-group]')];
    expect(groups.map((g) => g.getAttribute('data-group'))).toEqual(['passive', 'formal', 'long-sentence']);
    const title = (rule: string) => FINDING_GROUPS.find((g) => g.rule === rule)!.title;
    expect(groups[0].querySelector('h4')!.textContent).toContain(title('passive'));
    expect(groups[1].querySelector('h4')!.textContent).toContain('Plainer words');
    for (const group of groups) {
      for (const item of group.querySelectorAll('[data-rule]')) {
        expect(item.getAttribute('data-rule')).toBe(group.getAttribute('data-group'));
      }
    }
  });

  it('marks each item with its rule and span, and quotes the flagged text', () => {
    const view = show(<ReportView {...props()} />);
    const item = view.querySelector('.rl-finding[data-rule="formal"]')!;
    expect(item.getAttribute('data-start')).toBe(String(formal.start));
    expect(item.getAttribute('data-end')).toBe(String(formal.end));
    expect(item.querySelector('.rl-quote')!.textContent).toContain('commenced');
    expect(item.textContent).toContain(formal.message);
    expect(item.textContent).toContain(formal.suggestion!);
    // A long quote is cut to its opening words.
    const long = view.querySelector('.rl-finding[data-rule="long-sentence"] .rl-quote')!.textContent!;
    expect(long.length).toBeLessThan(100);
    expect(long).toContain('One carer talked');
    expect(long).toContain('…');
  });

  it('shows Apply only for findings with a replacement, and only when onApply is given', () => {
    const onApply = vi.fn();
    const view = show(<ReportView {...props({ onApply })} />);
    const applyButtons = [...view.querySelectorAll('[data-action="apply"]')];
    expect(applyButtons).toHaveLength(1);
    expect(applyButtons[0].closest('[data-rule]')!.getAttribute('data-rule')).toBe('formal');
    expect(applyButtons[0].tagName).toBe('BUTTON');
    click(applyButtons[0]);
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(onApply).toHaveBeenCalledWith(formal);

    expect(show(<ReportView {...props()} />).querySelector('[data-action="apply"]')).toBeNull();
  });

  it('offers Copy for a replacement when onCopy is given', () => {
    const onCopy = vi.fn();
    const view = show(<ReportView {...props({ onCopy })} />);
    expect(view.querySelector('[data-action="apply"]')).toBeNull();
    click(view.querySelector('[data-rule="formal"] [data-action="copy"]'));
    expect(onCopy).toHaveBeenCalledWith(formal);
  });

  it('selects a finding through a focusable button, only when onSelectFinding is given', () => {
    const onSelectFinding = vi.fn();
    const view = show(<ReportView {...props({ onSelectFinding })} />);
    const select = view.querySelector('[data-rule="passive"] [data-action="select"]')!;
    expect(select.tagName).toBe('BUTTON');
    click(select);
    expect(onSelectFinding).toHaveBeenCalledWith(passive);
    expect(show(<ReportView {...props()} />).querySelector('[data-action="select"]')).toBeNull();
  });

  it('puts essay-level findings at the top and leaves missing sections to their cards', () => {
    const view = show(<ReportView {...props()} />);
    const note = view.querySelector('[data-rule="impersonal"]')!;
    expect(note.hasAttribute('data-start')).toBe(false);
    expect(note.textContent).toContain(essayNote.message);
    const order = [...view.querySelectorAll('[data-rule], [data-section]')];
    expect(order.indexOf(note)).toBe(0);
    expect(view.querySelector('[data-rule="missing-section"]')).toBeNull();
  });

  it('says so calmly when the wording has nothing to change', () => {
    const report = makeReport({ findings: [missingApplying] });
    const view = show(<ReportView {...props({ report })} />);
    expect(view.querySelector('[data-group]')).toBeNull();
    expect(view.textContent).toContain(COPY.noFindings);
  });

  it('shows words and the tone gauge', () => {
    const view = show(<ReportView {...props()} />);
    const overview = view.querySelector('.rl-overview')!;
    expect(overview.textContent).toContain('62 words');
    expect(overview.textContent).toContain(COPY.tone.balanced);
    expect((overview.querySelector('.rl-gauge-mark') as HTMLElement).style.left).toBe('58%');
  });
});

describe('ReportView states', () => {
  it('invites the trainee to start writing when there is nothing yet', () => {
    for (const report of [null, makeReport({ words: 0, findings: [], sentences: [] })]) {
      const view = show(<ReportView {...props({ report, status: 'idle' })} />);
      expect(view.textContent).toContain(COPY.emptyState);
      expect(view.querySelector('[data-section]')).toBeNull();
    }
  });

  it('is never blank while the first analysis runs, and keeps the last report while re-analysing', () => {
    expect(show(<ReportView {...props({ report: null, status: 'analysing' })} />).textContent!.trim()).not.toBe('');
    const view = show(<ReportView {...props({ status: 'analysing' })} />);
    expect(view.querySelectorAll('[data-section]').length).toBe(3);
    expect(view.querySelector('.rl-report')!.getAttribute('aria-busy')).toBe('true');
  });

  it('shows a calm one-line message on error, with or without an earlier report', () => {
    const view = show(<ReportView {...props({ report: null, status: 'error', error: 'TypeError: x is undefined' })} />);
    const message = view.querySelector('.rl-error')!;
    expect(message.textContent).toBe(COPY.error);
    expect(view.textContent).not.toContain('TypeError');
    const withReport = show(<ReportView {...props({ status: 'error' })} />);
    expect(withReport.querySelector('.rl-error')).not.toBeNull();
    expect(withReport.querySelectorAll('[data-section]').length).toBe(3);
  });
});

describe('Sidebar', () => {
  const base = () => ({ ...props(), onClose: vi.fn() });

  it('is a labelled complementary panel with the framework name and the report', () => {
    const view = show(<Sidebar {...base()} />);
    const panel = view.querySelector('[role="complementary"]')!;
    expect(panel.getAttribute('aria-label')).toBe('Reflect Lens');
    expect(panel.querySelector('h2')!.textContent).toBe('Reflect Lens');
    expect(panel.textContent).toContain(whatSoWhatNowWhat.name);
    expect(panel.querySelectorAll('[data-section]').length).toBe(3);
  });

  it('closes with the close button and with Escape', () => {
    const p = base();
    const view = show(<Sidebar {...p} />);
    click(view.querySelector('button[aria-label="Close Reflect Lens"]'));
    expect(p.onClose).toHaveBeenCalledTimes(1);
    // On the panel itself: linkedom does not bubble events (the browser demo checks Escape from inside).
    const panel = view.querySelector('[role="complementary"]')!;
    keydown(panel, 'Escape');
    expect(p.onClose).toHaveBeenCalledTimes(2);
    keydown(panel, 'a');
    expect(p.onClose).toHaveBeenCalledTimes(2);
  });

  it('has a "Show structure" toggle with aria-pressed', () => {
    const onToggleStructure = vi.fn();
    let view = show(<Sidebar {...base()} onToggleStructure={onToggleStructure} showStructure={false} />);
    let toggle = view.querySelector('button[aria-pressed]')!;
    expect(toggle.textContent).toContain('Show structure');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    click(toggle);
    expect(onToggleStructure).toHaveBeenCalledWith(true);
    view = show(<Sidebar {...base()} onToggleStructure={onToggleStructure} showStructure />);
    toggle = view.querySelector('button[aria-pressed]')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(view.querySelectorAll('.rl-swatch').length).toBe(3);
    expect(show(<Sidebar {...base()} />).querySelector('button[aria-pressed]')).toBeNull();
  });

  it('announces the missing sections politely', () => {
    const view = show(<Sidebar {...base()} />);
    const live = view.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toContain('1 part missing');
    expect(live.textContent).toContain('Applying it as a peer worker');
    const begun = makeReport({ sections: makeReport().sections.map((s) => (s.id === 'applying' ? { ...s, sentences: 1 } : s)) });
    const begunText = show(<Sidebar {...base()} report={begun} />).querySelector('[aria-live]')!.textContent;
    expect(begunText).toBe('Just started: “Applying it as a peer worker”.');
    const none = makeReport({ sections: makeReport().sections.map((s) => ({ ...s, present: true })) });
    expect(show(<Sidebar {...base()} report={none} />).querySelector('[aria-live]')!.textContent).toContain(
      'All 3 parts',
    );
  });

  it('renders nothing when closed', () => {
    expect(show(<Sidebar {...base()} open={false} />).innerHTML).toBe('');
  });

  it('applies the theme to its root', () => {
    expect(show(<Sidebar {...base()} theme="dark" />).querySelector('.rl-root')!.getAttribute('data-theme')).toBe('dark');
  });
});

describe('Launcher', () => {
  it('names what is waiting and shows the total on its badge', () => {
    const onOpen = vi.fn();
    const view = show(<Launcher count={4} missing={1} onOpen={onOpen} position={{ top: 120.4, left: 300 }} />);
    const button = view.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Reflect Lens: 1 section missing, 4 suggestions');
    expect(button.textContent).toContain('5');
    expect(button.style.top).toBe('120px');
    expect(button.style.left).toBe('300px');
    click(button);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('counts from a report, and stays quiet for an empty field', () => {
    expect(launcherCounts(makeReport())).toEqual({ missing: 1, count: 4 });
    expect(launcherCounts(makeReport({ words: 0 }))).toEqual({ missing: 0, count: 0 });
    expect(launcherCounts(null)).toEqual({ missing: 0, count: 0 });
    const view = show(<Launcher count={0} missing={0} onOpen={() => {}} position={{ top: 0, left: 0 }} />);
    expect(view.querySelector('button')!.getAttribute('aria-label')).toBe(
      'Reflect Lens: all sections there, no suggestions',
    );
  });
});

describe('mountInShadow', () => {
  it('adds one host with an open shadow root to the root element, re-renders, and removes it all on unmount', () => {
    const mount = mountInShadow(doc, 'reflect-lens-sidebar', <Sidebar {...props()} onClose={() => {}} />, SIDEBAR_CSS);
    const host = doc.querySelector('reflect-lens-sidebar')!;
    expect(host).toBe(mount.host);
    expect(host.parentNode).toBe(doc.documentElement);
    expect((host as HTMLElement).shadowRoot).toBe(mount.shadowRoot);
    expect(host.childNodes.length).toBe(0); // nothing in the light DOM
    expect(mount.shadowRoot.querySelectorAll('[data-section]').length).toBe(3);
    expect(mount.shadowRoot.innerHTML).toContain(':host { all: initial !important; }');

    mount.render(<Sidebar {...props({ report: null, status: 'error' })} onClose={() => {}} />);
    expect(mount.shadowRoot.querySelector('[data-section]')).toBeNull();
    expect(mount.shadowRoot.querySelector('.rl-error')).not.toBeNull();
    expect(mount.shadowRoot.innerHTML).toContain(':host { all: initial !important; }');

    mount.unmount();
    expect(doc.querySelector('reflect-lens-sidebar')).toBeNull();
    mount.render(<Sidebar {...props()} onClose={() => {}} />); // after unmount: a no-op, not a crash
    expect(doc.querySelector('reflect-lens-sidebar')).toBeNull();
  });
});
