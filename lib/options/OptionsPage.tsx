/**
 * The settings page (options_ui): every control saves at once through lib/settings (browser.storage.sync), and
 * every open page picks the change up through its settings watcher. Native form controls with labels, grouped
 * in fieldsets with legends, so it works with a keyboard and a screen reader without extra ARIA.
 */
import { useRef, useState } from 'preact/hooks';
import { FRAMEWORKS, getFramework, DEFAULT_FRAMEWORK } from '../frameworks';
import type { Framework } from '../frameworks/types';
import { normalizeSite, normalizeSettings, type CustomSection, type Settings } from '../settings/settings';
import { saveSettings } from '../settings/storage';
import { ThemeRoot } from '../ui/Theme';
import { LensIcon } from '../ui/icons';
import { useSettings } from '../quick-check/useSettings';
import { OPTIONS_COPY as COPY, RULE_LABELS } from './copy';
import { fitsInSync, parseSettingsFile, settingsFileContent, settingsFileName } from './settings-file';

export function OptionsPage() {
  const { settings, loaded } = useSettings();
  const [status, setStatus] = useState<{ text: string; kind: 'ok' | 'error' } | null>(null);

  const save = async (patch: Partial<Settings>, okText: string = COPY.saved) => {
    const next = normalizeSettings({ ...settings, ...patch });
    if (!fitsInSync(next)) {
      setStatus({ text: COPY.tooBig, kind: 'error' });
      return;
    }
    try {
      await saveSettings(patch);
      setStatus({ text: okText, kind: 'ok' });
    } catch {
      setStatus({ text: COPY.saveFailed, kind: 'error' });
    }
  };

  const framework = getFramework(settings.framework) ?? DEFAULT_FRAMEWORK;

  return (
    <ThemeRoot theme="auto">
      <main class="rl-options" aria-busy={loaded ? 'false' : 'true'}>
        <h1 class="rl-options-title">
          <LensIcon size={22} /> {COPY.title}
        </h1>
        <p class="rl-options-intro">{COPY.intro}</p>
        <p class={`rl-options-status rl-options-status-${status?.kind ?? 'ok'}`} role="status" aria-live="polite" data-status={status?.kind ?? ''}>
          {status?.text ?? ''}
        </p>

        <fieldset class="rl-fieldset" data-setting="framework">
          <legend>{COPY.modelHeading}</legend>
          <p class="rl-help">{COPY.modelHelp}</p>
          {FRAMEWORKS.map((f) => (
            <label key={f.id} class="rl-choice">
              <input
                type="radio"
                name="framework"
                value={f.id}
                checked={settings.framework === f.id}
                onChange={() => void save({ framework: f.id })}
              />
              <span>
                <span class="rl-choice-title">{f.name}</span>
                <span class="rl-help">{f.sections.map((s) => s.title).join(' · ')}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset class="rl-fieldset" data-setting="rules">
          <legend>{COPY.rulesHeading}</legend>
          {RULE_LABELS.map((rule) => (
            <label key={rule.id} class="rl-choice">
              <input
                type="checkbox"
                name={`rule-${rule.id}`}
                checked={settings.rules[rule.id] !== false}
                onChange={(event) =>
                  void save({ rules: { ...settings.rules, [rule.id]: (event.currentTarget as HTMLInputElement).checked } })
                }
              />
              <span>
                <span class="rl-choice-title">{rule.label}</span>
                <span class="rl-help">{rule.help}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset class="rl-fieldset" data-setting="spelling">
          <legend>{COPY.spellingHeading}</legend>
          {(['uk', 'us'] as const).map((spelling) => (
            <label key={spelling} class="rl-choice">
              <input
                type="radio"
                name="spelling"
                value={spelling}
                checked={settings.spelling === spelling}
                onChange={() => void save({ spelling })}
              />
              <span class="rl-choice-title">{spelling === 'uk' ? COPY.spellingUk : COPY.spellingUs}</span>
            </label>
          ))}
        </fieldset>

        <fieldset class="rl-fieldset" data-setting="panel">
          <legend>{COPY.panelHeading}</legend>
          <label class="rl-field" for="auto-open-words">
            {COPY.autoOpenLabel}
          </label>
          <input
            id="auto-open-words"
            class="rl-input rl-input-number"
            type="number"
            name="autoOpenWords"
            min={0}
            step={10}
            value={settings.autoOpenWords}
            aria-describedby="auto-open-help"
            onChange={(event) => {
              const value = Number((event.currentTarget as HTMLInputElement).value);
              if (Number.isFinite(value) && value >= 0) void save({ autoOpenWords: Math.round(value) });
            }}
          />
          <p id="auto-open-help" class="rl-help">
            {COPY.autoOpenHelp}
          </p>
          <label class="rl-choice">
            <input
              type="checkbox"
              name="showStructure"
              checked={settings.showStructure}
              onChange={(event) => void save({ showStructure: (event.currentTarget as HTMLInputElement).checked })}
            />
            <span class="rl-choice-title">{COPY.structureLabel}</span>
          </label>
        </fieldset>

        <SitesFieldset settings={settings} save={save} onInvalid={() => setStatus({ text: COPY.siteInvalid, kind: 'error' })} />

        <CourseFieldset framework={framework} settings={settings} save={save} />

        <FileFieldset settings={settings} save={save} onError={(text) => setStatus({ text, kind: 'error' })} />
      </main>
    </ThemeRoot>
  );
}

type Save = (patch: Partial<Settings>, okText?: string) => Promise<void>;

function SitesFieldset({ settings, save, onInvalid }: { settings: Settings; save: Save; onInvalid: () => void }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const add = (event: Event) => {
    event.preventDefault();
    const input = inputRef.current;
    const site = normalizeSite(input?.value ?? '');
    if (!site || /\s/.test(site)) {
      onInvalid();
      return;
    }
    if (input) input.value = '';
    if (!settings.disabledSites.includes(site)) void save({ disabledSites: [...settings.disabledSites, site] });
  };
  return (
    <fieldset class="rl-fieldset" data-setting="disabledSites">
      <legend>{COPY.sitesHeading}</legend>
      <p class="rl-help">{COPY.sitesHelp}</p>
      {settings.disabledSites.length === 0 ? (
        <p class="rl-muted">{COPY.sitesEmpty}</p>
      ) : (
        <ul class="rl-site-list">
          {settings.disabledSites.map((site) => (
            <li key={site} data-site={site}>
              <span class="rl-site">{site}</span>
              <button
                type="button"
                class="rl-button"
                aria-label={COPY.siteRemove(site)}
                onClick={() => void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="rl-inline-form" onSubmit={add}>
        <label class="rl-field" for="site-to-disable">
          {COPY.siteInputLabel}
        </label>
        <div class="rl-row">
          <input id="site-to-disable" ref={inputRef} class="rl-input" type="text" name="site" placeholder="moodle.example.ac.uk" autoComplete="off" spellcheck={false} />
          <button type="submit" class="rl-button rl-button-primary" data-action="add-site">
            {COPY.siteAdd}
          </button>
        </div>
      </form>
    </fieldset>
  );
}

function CourseFieldset({ framework, settings, save }: { framework: Framework; settings: Settings; save: Save }) {
  const custom = settings.customSections ?? {};
  const update = (id: string, change: CustomSection) => {
    const next: Record<string, CustomSection> = { ...custom, [id]: { ...custom[id], ...change } };
    const entry = next[id];
    if (!entry.title) delete entry.title;
    if (!entry.prompts?.length) delete entry.prompts;
    if (!entry.title && !entry.prompts) delete next[id];
    void save({ customSections: Object.keys(next).length ? next : undefined });
  };
  const hasOwn = framework.sections.some((s) => custom[s.id]);
  return (
    <fieldset class="rl-fieldset" data-setting="customSections">
      <legend>{COPY.courseHeading}</legend>
      <p class="rl-help">{COPY.courseHelp}</p>
      <p class="rl-help">For: {framework.name}</p>
      {framework.sections.map((section) => {
        const own = custom[section.id];
        const prompts = own?.prompts?.join('\n') ?? '';
        return (
          <div key={section.id} class="rl-course-section" data-section-settings={section.id}>
            <label class="rl-field" for={`title-${section.id}`}>
              {COPY.sectionTitleLabel(section.title)}
            </label>
            <input
              // A new key when the saved value changes elsewhere (an import): the box shows it.
              key={`title-${framework.id}-${own?.title ?? ''}`}
              id={`title-${section.id}`}
              class="rl-input"
              type="text"
              name={`title-${section.id}`}
              defaultValue={own?.title ?? ''}
              placeholder={section.title}
              onChange={(event) => update(section.id, { title: (event.currentTarget as HTMLInputElement).value.trim() })}
            />
            <label class="rl-field" for={`prompts-${section.id}`}>
              {COPY.sectionPromptsLabel(section.title)}
            </label>
            <textarea
              key={`prompts-${framework.id}-${prompts}`}
              id={`prompts-${section.id}`}
              class="rl-input rl-textarea"
              name={`prompts-${section.id}`}
              rows={3}
              defaultValue={prompts}
              placeholder={section.prompts.join('\n')}
              onChange={(event) =>
                update(section.id, {
                  prompts: (event.currentTarget as HTMLTextAreaElement).value
                    .split('\n')
                    .map((line) => line.trim())
                    .filter(Boolean),
                })
              }
            />
          </div>
        );
      })}
      {hasOwn && (
        <button
          type="button"
          class="rl-button"
          onClick={() => {
            const next = { ...custom };
            for (const s of framework.sections) delete next[s.id];
            void save({ customSections: Object.keys(next).length ? next : undefined });
          }}
        >
          {COPY.courseReset}
        </button>
      )}
    </fieldset>
  );
}

function FileFieldset({ settings, save, onError }: { settings: Settings; save: Save; onError: (text: string) => void }) {
  const exportFile = () => {
    const blob = new Blob([settingsFileContent(settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = settingsFileName();
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseSettingsFile(await file.text());
    if (!parsed.ok) {
      onError(parsed.error);
      return;
    }
    await save(parsed.patch, COPY.imported(parsed.ignored));
  };
  return (
    <fieldset class="rl-fieldset" data-setting="file">
      <legend>{COPY.fileHeading}</legend>
      <p class="rl-help">{COPY.fileHelp}</p>
      <div class="rl-row">
        <button type="button" class="rl-button" data-action="export" onClick={exportFile}>
          {COPY.export}
        </button>
      </div>
      <label class="rl-field" for="import-file">
        {COPY.importLabel}
      </label>
      <input
        id="import-file"
        class="rl-file"
        type="file"
        accept="application/json,.json"
        data-action="import"
        onChange={(event) => void importFile(event.currentTarget as HTMLInputElement)}
      />
    </fieldset>
  );
}
