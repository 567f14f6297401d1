import type { Plugin } from 'esbuild';

export const ruleDocsWithoutTable: Plugin;
export const lazyStringWidth: Plugin;
export function lazyStringWidthSource(source: string, file?: string): string;
