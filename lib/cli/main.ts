/**
 * `reflect-lens check [FILE...|-] [--json] [--framework ID]`: quick structure checks from a terminal.
 * Exit codes: 0 all inputs checked (findings are not errors), 2 a bad input or bad usage (other files still checked).
 */
import { parseArgs } from 'node:util';
import { analyze, FRAMEWORKS, getFramework, type Report } from '../analysis';
import { formatHuman, formatJson } from './format';
import { InputError, readEssayFile, readStdin } from './read-input';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: reflect-lens check [FILE...|-] [--json] [--framework ID]

Checks the structure and wording of reflective essays. Reads stdin when no file (or "-") is given.
  --json            one JSON object per input file, one per line
  --framework ID    reflection model: ${FRAMEWORKS.map((f) => f.id).join(', ')} (default ${FRAMEWORKS[0].id})
  --us              suggest US spellings (default UK)
  -h, --help        show this help
Nothing you check leaves your computer.`;

export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        framework: { type: 'string' },
        us: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        color: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr.write(`reflect-lens: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, ...files] = positionals;
  if (command !== 'check') {
    io.stderr.write(`reflect-lens: ${command ? `unknown command "${command}"` : 'no command given'}\n${USAGE}\n`);
    return 2;
  }
  const framework = getFramework(values.framework);
  if (!framework) {
    io.stderr.write(
      `reflect-lens: unknown framework "${values.framework}" (choose one of: ${FRAMEWORKS.map((f) => f.id).join(', ')})\n`,
    );
    return 2;
  }
  const color = values.color ?? (!!io.stdout.isTTY && !process.env.NO_COLOR);
  const inputs = files.length === 0 ? ['-'] : files;
  let failed = false;
  let first = true;
  for (const file of inputs) {
    let text: string;
    try {
      text = file === '-' ? await readStdin(io.stdin) : await readEssayFile(file);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`reflect-lens: ${error.message}\n`);
      failed = true;
      continue;
    }
    const report: Report = analyze(text, { framework, spelling: values.us ? 'us' : 'uk' });
    const name = file === '-' ? '-' : file;
    if (values.json) {
      io.stdout.write(`${formatJson(name, report)}\n`);
    } else {
      io.stdout.write(`${first ? '' : '\n'}${formatHuman(name, text, report, framework, { color })}`);
    }
    first = false;
  }
  return failed ? 2 : 0;
}
