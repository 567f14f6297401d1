import type { Plugin } from 'esbuild';

export const ruleDocsWithoutTable: Plugin;
export const lazyStringWidth: Plugin;
export function lazyStringWidthSource(source: string, file?: string): string;
export const NARROW_CHARACTERS: string;
export const ZERO_WIDTH_CHARACTERS: string;
