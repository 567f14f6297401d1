import type { Metafile } from 'esbuild';

export function bundledPackageDirs(metafile: Metafile): string[];
export function bundledLicensesText(root: string, metafile: Metafile, heading: string): Promise<string>;
