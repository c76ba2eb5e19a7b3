import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The bytes of a file in data/, served as they are: the download is the very file the repository holds. */
export function rawDataFile(path: string): string {
	return readFileSync(join(resolve(process.env.DATA_DIR || 'data'), path), 'utf8');
}
