/**
 * How well does the sentence splitter match the gold sentence boundaries of the shared dev corpus?
 * Prints the number of gold sentences matched exactly (same start and end), lists the misses, and times a
 * synthetic 50,000-word text. Skips cleanly when ../shared is absent.
 *
 *   npx tsx tests/eval/sentences-check.ts [path/to/dev.jsonl]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitSentences } from '../../lib/analysis/sentences';

interface GoldEssay {
  id: string;
  text: string;
  sentences: { start: number; end: number }[];
}

const corpusPath = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../../../shared/corpus/dev.jsonl'));

function checkCorpus(): void {
  if (!existsSync(corpusPath)) {
    console.log(`sentences-check: no corpus at ${corpusPath}, skipping the gold comparison.`);
    return;
  }
  const essays: GoldEssay[] = readFileSync(corpusPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  let gold = 0;
  let matched = 0;
  let predicted = 0;
  for (const essay of essays) {
    const spans = splitSentences(essay.text);
    predicted += spans.length;
    const found = new Set(spans.map((s) => `${s.start}:${s.end}`));
    const goldKeys = new Set(essay.sentences.map((s) => `${s.start}:${s.end}`));
    for (const s of essay.sentences) {
      gold++;
      if (found.has(`${s.start}:${s.end}`)) matched++;
      else console.log(`  missed ${essay.id} [${s.start},${s.end}) ${JSON.stringify(essay.text.slice(s.start, s.end))}`);
    }
    for (const s of spans) {
      if (!goldKeys.has(`${s.start}:${s.end}`)) {
        console.log(`  extra  ${essay.id} [${s.start},${s.end}) ${s.kind} ${JSON.stringify(essay.text.slice(s.start, s.end))}`);
      }
    }
  }
  const pct = gold ? ((100 * matched) / gold).toFixed(1) : '0';
  console.log(`gold sentences matched exactly: ${matched}/${gold} (${pct}%) over ${essays.length} essays; spans reported: ${predicted}`);
}

/** A made-up essay of about 50,000 words: headings, lists, abbreviations, quotes, emoji, in short paragraphs. */
function syntheticEssay(targetWords: number): string {
  const paragraphs = [
    'What happened',
    'On Tuesday Dr. Okafor ran the session on listening, e.g. reflecting back and summarising. We sat in threes for approx. 40 minutes and swapped roles twice.',
    'She said, “Try not to fix it.” Then she gave us 3.5 minutes each... and that felt short! Did it help? I think so 🙂 Really.',
    'Next steps:',
    '- Ask my supervisor about it on Friday.\n- Read ch. 4 of the handbook, i.e. the part on endings.\n2) Practise summaries with a friend.',
  ];
  const words = paragraphs.join(' ').split(/\s+/).length;
  const copies = Math.ceil(targetWords / words);
  return Array.from({ length: copies }, () => paragraphs.join('\n\n')).join('\n\n');
}

function timeLongText(): void {
  const text = syntheticEssay(50_000);
  const wordCount = text.split(/\s+/).length;
  splitSentences(text); // warm up the JIT
  const runs = 20;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let spans = 0;
  for (let i = 0; i < runs; i++) spans = splitSentences(text).length;
  const ms = (performance.now() - t0) / runs;
  const cpu = process.cpuUsage(cpu0);
  // CPU time as well as wall time: on a busy machine the wall time mostly measures waiting.
  const cpuMs = (cpu.user + cpu.system) / 1000 / runs;
  console.log(
    `timing: ${wordCount} words, ${text.length} chars -> ${spans} spans in ${ms.toFixed(2)} ms wall, ` +
      `${cpuMs.toFixed(2)} ms CPU (mean of ${runs})`,
  );
}

checkCorpus();
timeLongText();
