// Reading the files of a small zip archive in memory: what a workflow artifact download is (one
// timeline JSON). The central directory gives names and sizes (archiver, which @actions/artifact
// uses, streams and writes sizes only there); entries are stored or deflated (node:zlib). No
// ZIP64, no encryption: an artifact of one JSON file needs neither. unzip-stream, which
// @actions/artifact uses to extract to disk, would add a streaming parser for a few kilobytes.
import { crc32, inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  content: Buffer;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** The end record (22 bytes) may be followed by a comment of up to 65535 bytes. */
const MAX_END_SEARCH = 22 + 0xffff;

/**
 * The files (not folders) of the archive. `maxBytes` bounds each file's uncompressed size, so a
 * crafted archive cannot exhaust memory. Throws a ZipError for anything that is not a sound zip.
 */
export function readZip(archive: Buffer, maxBytes = 64 * 1024 * 1024): ZipEntry[] {
  const end = findEnd(archive);
  const count = archive.readUInt16LE(end + 10);
  const directoryOffset = archive.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index++) {
    need(archive, at, 46);
    if (archive.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY)
      throw new ZipError(`central directory entry ${index + 1} of ${count} is damaged`);
    const flags = archive.readUInt16LE(at + 8);
    const method = archive.readUInt16LE(at + 10);
    const checksum = archive.readUInt32LE(at + 16);
    const compressedSize = archive.readUInt32LE(at + 20);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const localOffset = archive.readUInt32LE(at + 42);
    need(archive, at + 46, nameLength);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new ZipError(`${name} is encrypted`);
    if (size === 0xffffffff || compressedSize === 0xffffffff)
      throw new ZipError(`${name} needs ZIP64, which is not supported`);
    if (size > maxBytes) throw new ZipError(`${name} is larger than ${maxBytes} bytes`);
    const data = localData(archive, localOffset, compressedSize, name);
    const content = extract(data, method, size, name);
    if (crc32(content) !== checksum) throw new ZipError(`${name} fails its CRC-32 check`);
    entries.push({ name, content });
  }
  return entries;
}

function findEnd(archive: Buffer): number {
  const lowest = Math.max(0, archive.length - MAX_END_SEARCH);
  for (let at = archive.length - 22; at >= lowest; at--) {
    if (archive.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipError('not a zip archive (no end of central directory record)');
}

function need(archive: Buffer, at: number, length: number): void {
  if (at < 0 || at + length > archive.length) throw new ZipError('the archive is truncated');
}

function localData(archive: Buffer, at: number, length: number, name: string): Buffer {
  need(archive, at, 30);
  if (archive.readUInt32LE(at) !== LOCAL_FILE_HEADER)
    throw new ZipError(`the local header of ${name} is damaged`);
  const start = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
  need(archive, start, length);
  return archive.subarray(start, start + length);
}

function extract(data: Buffer, method: number, size: number, name: string): Buffer {
  if (method === 0) return data;
  if (method !== 8) throw new ZipError(`${name} uses compression method ${method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(size, 1) });
  } catch (error) {
    throw new ZipError(`${name} cannot be inflated: ${(error as Error).message}`);
  }
}
