/**
 * The report as a trainee reads it: how the reflection is shaped (one card per section of the model), then
 * ideas for the wording, grouped by kind. Shared by the sidebar, the popup and the side panel, so it knows
 * nothing about fields or content scripts: everything it does goes through the callbacks in its props.
 */
import type { Finding, Report, SectionReport, SentenceReport } from '../analysis/types';
import type { FrameworkSection } from '../frameworks/types';
import { COPY, FINDING_GROUPS, sentences as sentenceCount, words as wordCount } from './copy';
import { CheckIcon, GapIcon } from './icons';
import { sectionTint } from './tints';
import type { ReportViewProps } from './types';

/** A present section with less than this share of the words gets its prompts too ("thin"). */
export const THIN_SHARE = 0.1;
/** Quotes longer than this are cut (a long-sentence finding quotes its opening words). */
const QUOTE_MAX_CHARS = 90;
/** How many sentence cues a section card's "Why?" lists. */
const MAX_CUES = 3;

export type SectionState = 'present' | 'thin' | 'started' | 'missing';

export function sectionState(section: SectionReport | undefined): SectionState {
  if (!section || !section.present) return section?.sentences ? 'started' : 'missing';
  return section.share < THIN_SHARE ? 'thin' : 'present';
}

/** The text a finding is about, as it was when analysed, cut to a readable length. */
export function quoteOf(finding: Finding, text: string): string {
  if (finding.start === undefined || finding.end === undefined) return '';
  const raw = (finding.original ?? text.slice(finding.start, finding.end)).replace(/\s+/g, ' ').trim();
  if (raw.length <= QUOTE_MAX_CHARS) return raw;
  const cut = raw.slice(0, QUOTE_MAX_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > QUOTE_MAX_CHARS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Findings about a place in the text (they have a span), grouped in the order of FINDING_GROUPS. */
export function groupFindings(findings: Finding[]): { rule: string; title: string; why: string; items: Finding[] }[] {
  return FINDING_GROUPS.map((group) => ({
    ...group,
    items: findings
      .filter((f) => f.rule === group.rule && f.start !== undefined)
      .sort((a, b) => (a.start ?? 0) - (b.start ?? 0)),
  })).filter((group) => group.items.length > 0);
}

export function ReportView(props: ReportViewProps) {
  const { report, framework, status } = props;
  const hasText = report !== null && report.words > 0;
  return (
    <div class="rl-report" aria-busy={status === 'analysing' ? 'true' : 'false'}>
      {props.unavailable && (
        <div class="rl-empty" data-unavailable={props.unavailable.kind}>
          <p class="rl-error" role="status">
            {props.unavailable.message}
          </p>
          {props.unavailable.offer && (
            <div class="rl-actions">
              <button type="button" class="rl-button" data-action="quick-check" onClick={props.unavailable.offer.onOffer}>
                {props.unavailable.offer.label}
              </button>
            </div>
          )}
        </div>
      )}
      {props.unavailable ? null : status === 'error' && (
        <p class="rl-error" role="status" title={props.error}>
          {COPY.error}
        </p>
      )}
      {props.unavailable ? null : hasText ? (
        <ReportBody {...props} report={report} />
      ) : status === 'error' ? null : status === 'analysing' && report === null ? (
        <p class="rl-empty">{COPY.firstLook}</p>
      ) : (
        <div class="rl-empty">
          <p>{COPY.emptyState}</p>
          <p class="rl-muted">{COPY.emptyParts(framework.sections.map((s) => s.title))}</p>
        </div>
      )}
    </div>
  );
}

function ReportBody(props: ReportViewProps & { report: Report }) {
  const { report, framework, text } = props;
  const essayNotes = report.findings.filter((f) => f.start === undefined && f.rule !== 'missing-section');
  const groups = groupFindings(report.findings);
  return (
    <>
      <Overview report={report} checking={props.status === 'analysing'} />
      {essayNotes.length > 0 && (
        <section class="rl-notes" aria-label={COPY.essayNotes}>
          <ul class="rl-list">
            {essayNotes.map((f, i) => (
              <li key={`${f.rule}-${i}`} class="rl-note" data-rule={f.rule}>
                <p class="rl-msg">{f.message}</p>
                {f.suggestion && <p class="rl-suggestion">{f.suggestion}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="rl-sections" aria-labelledby="rl-sections-heading">
        <h3 id="rl-sections-heading" class="rl-h3">
          {COPY.sectionsHeading}
        </h3>
        <ul class="rl-list">
          {framework.sections.map((def, index) => (
            <SectionCard
              key={def.id}
              def={def}
              index={index}
              section={report.sections.find((s) => s.id === def.id)}
              sentences={report.sentences.filter((s) => s.section === def.id)}
              text={text}
              showStructure={props.showStructure}
            />
          ))}
        </ul>
      </section>
      <section class="rl-findings" aria-labelledby="rl-findings-heading">
        <h3 id="rl-findings-heading" class="rl-h3">
          {COPY.findingsHeading}
        </h3>
        {groups.length === 0 ? (
          <p class="rl-muted">{COPY.noFindings}</p>
        ) : (
          groups.map((group) => (
            <div key={group.rule} class="rl-group" data-group={group.rule}>
              <h4 class="rl-h4">
                {group.title} <span class="rl-count">{group.items.length}</span>
              </h4>
              <p class="rl-why">{group.why}</p>
              <ul class="rl-list">
                {stableKeys(group.items, text).map(([key, f]) => (
                  <FindingItem key={key} finding={f} {...props} />
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
    </>
  );
}

/**
 * Keys that survive typing: a finding's words (and which occurrence of them), not its offsets. Offsets move
 * with every character typed above a finding, and a key made of them made Preact rebuild every item below the
 * edit on each new report instead of updating it in place.
 */
function stableKeys(items: Finding[], text: string): Array<[string, Finding]> {
  const seen = new Map<string, number>();
  return items.map((f) => {
    const words = f.original ?? (f.start !== undefined && f.end !== undefined ? text.slice(f.start, f.end) : '');
    const base = `${f.rule}|${words}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return [`${base}|${occurrence}`, f];
  });
}

function Overview({ report, checking }: { report: Report; checking: boolean }) {
  const { score, label } = report.formality;
  const position = Math.max(0, Math.min(100, score));
  return (
    <div class="rl-overview">
      <p class="rl-overview-line">
        <span>{wordCount(report.words)}</span>
        <span class="rl-tone">
          {COPY.toneLabel}
          <span
            class="rl-gauge"
            role="img"
            aria-label={`${score} out of 100, where about 45 is everyday speech and 65 is academic writing`}
            data-label={label}
          >
            <span class="rl-gauge-mark" style={{ left: `${position}%` }} />
          </span>
          <span class="rl-tone-label">{COPY.tone[label] ?? label}</span>
        </span>
        {checking && <span class="rl-checking">{COPY.checking}</span>}
      </p>
      {label === 'formal' && <p class="rl-muted">{COPY.formalHint}</p>}
    </div>
  );
}

function SectionCard(props: {
  def: FrameworkSection;
  index: number;
  section: SectionReport | undefined;
  sentences: SentenceReport[];
  text: string;
  showStructure?: boolean;
}) {
  const { def, section, index } = props;
  const state = sectionState(section);
  const share = section?.share ?? 0;
  const percent = Math.round(share * 100);
  const cued = props.sentences.filter((s) => s.cues.length > 0).slice(0, MAX_CUES);
  return (
    <li
      class={`rl-card rl-card-${state}`}
      data-section={def.id}
      data-present={section?.present ? 'true' : 'false'}
      data-state={state}
    >
      <div class="rl-card-head">
        {props.showStructure && (
          <span class="rl-swatch" aria-hidden="true" style={{ background: sectionTint(index).swatch }} />
        )}
        <span class="rl-card-title">{def.title}</span>
        <span class={`rl-badge rl-badge-${state}`}>
          {state === 'missing' || state === 'started' ? <GapIcon /> : <CheckIcon />}
          {COPY[state]}
        </span>
      </div>
      <div class="rl-card-meta">
        <span>{sentenceCount(section?.sentences ?? 0)}</span>
        <span>{percent}% of your words</span>
      </div>
      <div class="rl-bar" aria-hidden="true">
        <span class="rl-bar-fill" style={{ width: `${percent}%` }} />
      </div>
      {state !== 'present' && (
        <div class="rl-help">
          <p class="rl-desc">{def.description}</p>
          <p class="rl-muted">
            {state === 'missing'
              ? COPY.missingHelp
              : state === 'started'
                ? props.sentences.some((s) => !s.grounded)
                  ? COPY.unclearHelp
                  : COPY.startedHelp
                : COPY.thinHelp}
          </p>
          <ul class="rl-prompts">
            {def.prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {cued.length > 0 && (
        <details class="rl-cues">
          <summary>{COPY.why}</summary>
          <ul>
            {cued.map((s) => (
              <li key={s.start}>
                <q>{openingWords(props.text.slice(s.start, s.end))}</q> {COPY.readsAs} {s.cues[0]}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

function openingWords(sentence: string, count = 6): string {
  const words = sentence.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

function FindingItem(props: ReportViewProps & { finding: Finding }) {
  const { finding, onSelectFinding, onApply, onCopy } = props;
  const quote = quoteOf(finding, props.text);
  const canApply = finding.replacement !== undefined && onApply !== undefined;
  const canCopy = finding.replacement !== undefined && onCopy !== undefined;
  const suggestion =
    finding.suggestion ?? (finding.replacement !== undefined ? `${COPY.tryInstead} “${finding.replacement}”` : undefined);
  return (
    <li class="rl-finding" data-rule={finding.rule} data-start={finding.start} data-end={finding.end}>
      {onSelectFinding ? (
        <button
          type="button"
          class="rl-quote"
          data-action="select"
          aria-label={`${COPY.showInText}: “${quote}”`}
          onClick={() => onSelectFinding(finding)}
        >
          “{quote}”
        </button>
      ) : (
        <q class="rl-quote">{quote}</q>
      )}
      {props.contextFor && <SentenceContext sentence={props.contextFor(finding)} quote={quote} />}
      <p class="rl-msg">{finding.message}</p>
      {suggestion && <p class="rl-suggestion">{suggestion}</p>}
      {(canApply || canCopy) && (
        <div class="rl-actions">
          {canApply && (
            <button
              type="button"
              class="rl-button rl-button-primary"
              data-action="apply"
              aria-label={`${COPY.apply}: change “${quote}” to “${finding.replacement}”`}
              onClick={() => onApply(finding)}
            >
              {COPY.apply}
            </button>
          )}
          {canCopy && (
            <button
              type="button"
              class="rl-button"
              data-action="copy"
              aria-label={`${COPY.copy} “${finding.replacement}”`}
              onClick={() => onCopy(finding)}
            >
              {COPY.copy}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** The sentence around a finding, its words in bold, for places where they can't be shown in the text itself. */
function SentenceContext({ sentence, quote }: { sentence: string | undefined; quote: string }) {
  if (!sentence) return null;
  const flat = sentence.replace(/\s+/g, ' ').trim();
  const at = quote ? flat.indexOf(quote) : -1;
  return (
    <p class="rl-muted rl-context" data-context="sentence">
      {COPY.inSentence}{' '}
      {at < 0 ? (
        flat
      ) : (
        <>
          {flat.slice(0, at)}
          <strong>{quote}</strong>
          {flat.slice(at + quote.length)}
        </>
      )}
    </p>
  );
}
