/**
 * Reading an essay file for the CLI: UTF-8 only (fatal decoding, so a Latin-1 or binary file is refused rather
 * than analysed as mojibake), leading BOM stripped. Offsets in the output are UTF-16 code units into this text.
 */
import { readFile, stat } from 'node:fs/promises';

export class InputError extends Error {}

/** Far beyond any essay (a 50,000-word document is ~300 KB); refusing early keeps a stray disk image from hanging us. */
export const MAX_ESSAY_BYTES = 20 * 1024 * 1024;

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the file name is too long',
  EIO: 'the disk could not be read',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? `cannot read (${code || 'unknown error'})`;
}

function tooLarge(path: string, bytes: number): InputError {
  const mb = Math.round(bytes / 1024 / 1024);
  return new InputError(`${path}: too large to be an essay (${mb} MB; the limit is ${MAX_ESSAY_BYTES / 1024 / 1024} MB)`);
}

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
    throw new InputError(`${path}: ${reason(error)}`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (info.isFile() && info.size > MAX_ESSAY_BYTES) throw tooLarge(path, info.size);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new InputError(`${path}: ${reason(error)}`);
  }
  // A FIFO or device has no size up front: check what actually arrived.
  if (bytes.length > MAX_ESSAY_BYTES) throw tooLarge(path, bytes.length);
  return decodeEssay(bytes, path);
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

export async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  const bytes = await readStream(stream);
  if (bytes.length > MAX_ESSAY_BYTES) throw tooLarge('<stdin>', bytes.length);
  return decodeEssay(bytes, '<stdin>');
}
