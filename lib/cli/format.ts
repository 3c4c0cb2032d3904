/** How the CLI prints a report: one JSON line per file (stable field names), or a readable terminal summary. */
import type { Framework } from '../frameworks';
import type { Report } from '../analysis';

/** The `--json` shape. Field names are a public contract: outside tools read them. */
export function formatJson(file: string, report: Report): string {
  return JSON.stringify({
    file,
    framework: report.framework,
    words: report.words,
    sections: report.sections.map(({ id, title, present, sentences, words }) => ({ id, title, present, sentences, words })),
    sentences: report.sentences.map(({ start, end, section, move, cues }) => ({ start, end, section, move, cues })),
    findings: report.findings.map(({ rule, start, end, message, suggestion, replacement }) => ({
      rule,
      ...(start === undefined ? {} : { start, end }),
      message,
      ...(suggestion === undefined ? {} : { suggestion }),
      ...(replacement === undefined ? {} : { replacement }),
    })),
    formality: report.formality,
  });
}

const paint = (on: boolean) => (code: number, s: string) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** 1-based line and column (in characters, so an emoji counts once) of a UTF-16 offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

export function formatHuman(
  file: string,
  text: string,
  report: Report,
  framework: Framework,
  { color }: { color: boolean },
): string {
  const c = paint(color);
  const lines: string[] = [];
  lines.push(
    `${c(1, file === '-' ? '(stdin)' : file)}  ${framework.name} · ${report.words} words · formality ${report.formality.score} (${report.formality.label})`,
  );
  const titleWidth = Math.max(...report.sections.map((s) => s.title.length));
  for (const s of report.sections) {
    const counts = `${s.sentences} sentence${s.sentences === 1 ? '' : 's'}, ${s.words} words`;
    const mark = s.present ? c(32, '✓') : s.sentences > 0 ? c(33, '…') : c(31, '✗');
    const detail = s.present
      ? `${counts} (${Math.round(s.share * 100)}%)`
      : s.sentences > 0
        ? c(33, `just started: ${counts}`)
        : c(31, 'missing');
    lines.push(`  ${mark} ${s.title.padEnd(titleWidth)}  ${detail}`);
  }
  const findings = report.findings;
  if (findings.length === 0) {
    lines.push(c(32, '  No wording problems found.'));
  }
  for (const f of findings) {
    const where = f.start === undefined ? 'essay' : (({ line, column }) => `${line}:${column}`)(lineColumn(text, f.start));
    const quoted = f.original && f.rule !== 'long-sentence' && f.rule !== 'impersonal' ? ` “${f.original}”` : '';
    const suggestion = f.suggestion ? ` ${c(2, '→')} ${c(36, f.suggestion)}` : '';
    lines.push(`  ${c(2, where.padEnd(7))} ${c(33, f.rule)}${quoted} ${f.message}${suggestion}`);
  }
  return `${lines.join('\n')}\n`;
}
