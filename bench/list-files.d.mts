/** Every manifest file under `folder` (see list-files.mjs). */
export function listManifests(folder: string, found?: string[]): string[];
