/**
 * Reading an essay file for the CLI: UTF-8 only (fatal decoding, so a Latin-1 or binary file is refused rather
 * than analysed as mojibake), leading BOM stripped. Offsets in the output are UTF-16 code units into this text.
 */
import { readFile, stat } from 'node:fs/promises';

export class InputError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeEssay(bytes: Uint8Array, name: string): string {
  let text: string;
  try {
    text = utf8.decode(bytes); // ignoreBOM: false strips a leading BOM
  } catch {
    throw new InputError(`${name}: not UTF-8 text (save it as UTF-8 and try again)`);
  }
  // NUL and most C0 controls never appear in an essay: treat the file as binary.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) {
    throw new InputError(`${name}: looks like a binary file, not text`);
  }
  return text;
}

export async function readEssayFile(path: string): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return decodeEssay(bytes, path);
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
