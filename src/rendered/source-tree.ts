/**
 * The files a rendered stream names (origin annotations, `# Source:` comments,
 * patch paths) are untrusted: a path may climb out with `..`, or a link may
 * point anywhere. Only regular files inside the boundary (by their real path,
 * so links out of it are refused) are read, size-limited, each parsed once.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { parseManifest } from '../parse/parse-manifest.js';
import type { ParsedFile } from '../parse/source.js';
import { readRegularFileSync } from '../read/read-sources.js';

/** A source file of a rendering (a manifest, patch, kustomization, template or values file) is small. */
const MAX_SOURCE_SIZE = 2 * 1024 * 1024;

export interface LoadedFile {
  filePath: string;
  text: string;
  /** Line start offsets of `text`. */
  lines: string[];
}

export class SourceTree {
  private readonly realBoundary: string;
  private readonly texts = new Map<string, LoadedFile | undefined>();
  private readonly parsed = new Map<string, ParsedFile | undefined>();

  /** `boundary`: the folder no file outside of which is ever read. */
  constructor(readonly boundary: string) {
    this.realBoundary = realOrSelf(boundary);
  }

  /** `relative` resolved from `folder`, when it stays inside the boundary (lexically and by real path). */
  resolve(folder: string, relative: string): string | undefined {
    if (relative === '' || relative.includes('\0') || path.isAbsolute(relative)) return undefined;
    const target = path.resolve(folder, relative);
    if (!isInside(target, this.boundary)) return undefined;
    let real: string;
    try {
      real = realpathSync(target);
    } catch {
      return undefined;
    }
    return isInside(real, this.realBoundary) ? target : undefined;
  }

  /** The text of a file inside the boundary; undefined when it is outside, missing, not a regular file or too large. */
  text(filePath: string): LoadedFile | undefined {
    if (this.texts.has(filePath)) return this.texts.get(filePath);
    let loaded: LoadedFile | undefined;
    const safe = this.resolve(path.dirname(filePath), path.basename(filePath));
    if (safe !== undefined) {
      const read = readRegularFileSync(safe, MAX_SOURCE_SIZE);
      if (read.ok) {
        const raw = read.bytes.toString('utf8');
        const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
        loaded = { filePath, text, lines: text.split(/\r?\n/) };
      }
    }
    this.texts.set(filePath, loaded);
    return loaded;
  }

  /** The file parsed as a manifest (positions and all); undefined when it cannot be read. */
  parse(filePath: string): ParsedFile | undefined {
    if (this.parsed.has(filePath)) return this.parsed.get(filePath);
    const loaded = this.text(filePath);
    const parsed = loaded === undefined ? undefined : parseManifest(filePath, loaded.text);
    this.parsed.set(filePath, parsed);
    return parsed;
  }
}

export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
