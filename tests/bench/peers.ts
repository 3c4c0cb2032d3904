/**
 * The peers we compare with, each on the same text: harper.js (WebAssembly grammar checker, LocalLinter in node),
 * write-good (regex style checks), and retext (unified + retext-english + retext-passive + retext-simplify).
 * None of them analyses incrementally: an editor integration re-lints the whole text on every pause.
 */
import { Dialect, LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import { unified } from 'unified';
import writeGood from 'write-good';

export interface Peer {
  name: string;
  /** Lint the whole text; resolves to the number of findings. */
  lint(text: string): Promise<number>;
}

export interface PeerSetup {
  peer: Peer;
  /** Time to get the peer ready: constructing and setup() (and, for harper, its first lint, which builds its rules). */
  setupMs: number;
  /** Part of setupMs spent in the first lint of a one-line text (harper builds its dictionary lazily). */
  firstLintMs: number;
  /** The bench's warm-up lint of a 300-word essay, after setup (set by run.ts). */
  warmUpMs?: number;
}

const WARM_UP = 'I went to the group on Monday and it was facilitated by my supervisor.';

export async function setUpHarper(): Promise<PeerSetup> {
  const t0 = performance.now();
  // British English, as our users write (in American mode every "realise" is a misspelling, and its suggestions are slow).
  const linter = new LocalLinter({ binary: binaryInlined, dialect: Dialect.British });
  await linter.setup();
  const t1 = performance.now();
  await linter.lint(WARM_UP, { language: 'plaintext' });
  const t2 = performance.now();
  return {
    peer: { name: 'harper.js', lint: async (text) => (await linter.lint(text, { language: 'plaintext' })).length },
    setupMs: t2 - t0,
    firstLintMs: t2 - t1,
  };
}

export async function setUpWriteGood(): Promise<PeerSetup> {
  const t0 = performance.now();
  writeGood(WARM_UP);
  const t1 = performance.now();
  return { peer: { name: 'write-good', lint: async (text) => writeGood(text).length }, setupMs: t1 - t0, firstLintMs: t1 - t0 };
}

export async function setUpRetext(): Promise<PeerSetup> {
  const t0 = performance.now();
  const processor = unified().use(retextEnglish).use(retextPassive).use(retextSimplify).freeze();
  // parse + run is `process` without a compiler (we only want the messages, not the text back).
  const lint = (text: string): Promise<number> =>
    new Promise((resolve, reject) => {
      processor.run(processor.parse(text), text, (error, _tree, file) => {
        if (error) reject(error);
        else resolve(file?.messages.length ?? 0);
      });
    });
  const t1 = performance.now();
  await lint(WARM_UP);
  const t2 = performance.now();
  return { peer: { name: 'retext', lint }, setupMs: t2 - t0, firstLintMs: t2 - t1 };
}
