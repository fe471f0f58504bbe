import * as fs from 'node:fs';
import * as path from 'node:path';

export const WORKSPACE_CONFIG_FILE = '.referat.json';

/**
 * A municipality's `.referat.json` in a workspace folder (the first folder that has one): same
 * keys as the `referat.*` settings, merged over them. A file that cannot be read or parsed is
 * reported and ignored, never fatal.
 */
export function readWorkspaceConfig(folders: readonly string[]): { value?: unknown; file?: string; error?: string } {
  for (const folder of folders) {
    const file = path.join(folder, WORKSPACE_CONFIG_FILE);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    try {
      const value: unknown = JSON.parse(text.replace(/^\uFEFF/u, ''));
      if (!value || typeof value !== 'object' || Array.isArray(value)) return { file, error: `${file}: expected a JSON object` };
      return { value, file };
    } catch (err) {
      return { file, error: `${file}: ${err instanceof Error ? err.message : String(err)}` };
    }
  }
  return {};
}
