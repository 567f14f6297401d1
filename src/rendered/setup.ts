/**
 * `--rendered-from <dir>` (and `--helm-values <file>`): which folder the
 * stream on standard input was rendered from. Without the option, a
 * kustomization beside `--stdin-filename` names it.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { repositoryRootOf } from '../config/config-root.js';
import type { Finding } from '../engine/finding.js';
import type { FileComments } from '../engine/suppressions.js';
import { UsageError } from '../errors.js';
import { attributeRendered, type RenderedStream } from './attribute.js';
import { isInside } from './source-tree.js';

export interface RenderedRequest {
  renderedFrom?: string;
  helmValues?: readonly string[];
  stdinFilename?: string;
  cwd: string;
}

const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Refuses what cannot work, before anything is read. */
export function checkRenderedRequest(request: RenderedRequest, readsStdin: boolean): void {
  if (request.renderedFrom === undefined) {
    if ((request.helmValues ?? []).length > 0) throw new UsageError('--helm-values needs --rendered-from <chart folder>');
    return;
  }
  if (!readsStdin) throw new UsageError('--rendered-from needs - among the paths: the rendered stream is read from standard input');
  const root = path.resolve(request.cwd, request.renderedFrom);
  if (statSync(root, { throwIfNoEntry: false })?.isDirectory() !== true) {
    throw new UsageError(`--rendered-from ${JSON.stringify(request.renderedFrom)}: not a folder (name the kustomization's or the chart's folder)`);
  }
  for (const file of request.helmValues ?? []) {
    if (statSync(path.resolve(request.cwd, file), { throwIfNoEntry: false })?.isFile() !== true) {
      throw new UsageError(`--helm-values ${JSON.stringify(file)}: no such file`);
    }
  }
}

/** The folder the stream was rendered from: --rendered-from, else the folder of --stdin-filename when it holds a kustomization. */
export function renderedRoot(request: RenderedRequest): string | undefined {
  if (request.renderedFrom !== undefined) return path.resolve(request.cwd, request.renderedFrom);
  if (request.stdinFilename === undefined) return undefined;
  const folder = path.dirname(path.resolve(request.cwd, request.stdinFilename));
  return KUSTOMIZATION_FILE_NAMES.some((name) => statSync(path.join(folder, name), { throwIfNoEntry: false })?.isFile() === true) ? folder : undefined;
}

/**
 * The placement step for lintAnalyses, or undefined when nothing names a root.
 * Files are read inside the root's Git repository (kustomize bases sit beside
 * the overlay, `../../base`), else inside the working folder when the root is
 * in it, else inside the root only.
 */
export function renderedPlacer(
  stream: RenderedStream,
  request: RenderedRequest,
): ((findings: Finding[]) => { findings: Finding[]; comments: FileComments[] }) | undefined {
  const root = renderedRoot(request);
  if (root === undefined) return undefined;
  const cwd = path.resolve(request.cwd);
  const boundary = repositoryRootOf(root) ?? (isInside(root, cwd) ? cwd : root);
  const helmValues = (request.helmValues ?? []).map((file) => path.resolve(cwd, file));
  return (findings) => attributeRendered(findings, stream, { root, boundary, helmValues, cwd });
}
