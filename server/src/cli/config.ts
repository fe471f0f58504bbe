import { constants as C, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checks, describeConfigProblem, resolveConfig, type Locale } from '../engine';

/**
 * Which configuration a file is checked with, found as markdownlint-cli2 finds its own: a
 * `.referat.json` beside the file or in a folder above it, up to the repository's root (the
 * folder with `.git`); `--config FILE` wins over all of them. Each file is read once, safely (a
 * regular file only, at most 256 KiB, opened non-blocking), and a problem with it is one warning
 * line; the defaults are used instead.
 */
export const CONFIG_FILE = '.referat.json';
const MAX_CONFIG_BYTES = 256 * 1024;

export interface LoadedConfig {
  /** Stable identity of the configuration (its path, or `default`): workers cache by it. */
  readonly key: string;
  /** The parsed JSON, given to the engine's `resolveConfig`. */
  readonly raw: unknown;
}

export const DEFAULT_CONFIG: LoadedConfig = { key: 'default', raw: undefined };

export type Warn = (line: string) => void;

export interface ConfigWords {
  configProblem(file: string, detail: string): string;
}

export class ConfigFinder {
  private readonly byDir = new Map<string, Promise<LoadedConfig>>();
  private readonly loaded = new Map<string, Promise<LoadedConfig>>();

  constructor(
    private readonly warn: Warn,
    private readonly words: ConfigWords,
    private readonly lang: Locale,
    private readonly explicit?: string,
  ) {}

  /** The configuration for one file (`-` uses the current folder's). */
  forFile(file: string): Promise<LoadedConfig> {
    if (this.explicit) return this.load(this.explicit, true);
    return this.forDir(path.resolve(file === '-' ? '.' : path.dirname(file)));
  }

  private forDir(dir: string): Promise<LoadedConfig> {
    let p = this.byDir.get(dir);
    if (!p) {
      p = (async () => {
        const candidate = path.join(dir, CONFIG_FILE);
        if (await exists(candidate)) return this.load(candidate, false);
        const parent = path.dirname(dir);
        if (parent === dir || (await exists(path.join(dir, '.git')))) return DEFAULT_CONFIG;
        return this.forDir(parent);
      })();
      this.byDir.set(dir, p);
    }
    return p;
  }

  /** Loads one configuration file; with `--config` (required) a problem is fatal, found files only warn. */
  load(file: string, required: boolean): Promise<LoadedConfig> {
    const key = path.resolve(file);
    let p = this.loaded.get(key);
    if (!p) {
      p = readConfig(file).then(
        (raw) => {
          for (const w of configWarnings(raw, this.lang, file)) this.warn(w);
          return { key, raw };
        },
        (err: Error) => {
          if (required) throw new ConfigError(this.words.configProblem(file, err.message));
          this.warn(this.words.configProblem(file, err.message));
          return DEFAULT_CONFIG;
        },
      );
      this.loaded.set(key, p);
    }
    return p;
  }
}

export class ConfigError extends Error {}

/**
 * The `.referat.json` that applies to a file: beside it or in a folder above it, up to the
 * repository root (the folder with `.git`), as markdownlint-cli2 looks for its configuration.
 */
export async function findConfigFile(file: string): Promise<string | undefined> {
  for (let dir = path.resolve(file === '-' ? '.' : path.dirname(file)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, CONFIG_FILE);
    if (await exists(candidate)) return candidate;
    if (path.dirname(dir) === dir || (await exists(path.join(dir, '.git')))) return undefined;
  }
}

async function exists(p: string): Promise<boolean> {
  return (await fs.lstat(p).catch(() => undefined)) !== undefined;
}

/** A configuration file's JSON object, read safely (a regular file, bounded, never waiting). */
export async function readConfig(file: string): Promise<unknown> {
  const st = await fs.stat(file).catch((e: NodeJS.ErrnoException) => {
    throw new Error(e.code ?? e.message);
  });
  if (!st.isFile()) throw new Error(st.isDirectory() ? 'is a directory' : 'not a regular file');
  if (st.size > MAX_CONFIG_BYTES) throw new Error(`larger than ${MAX_CONFIG_BYTES / 1024} KiB`);
  const handle = await fs.open(file, C.O_RDONLY | (C.O_NONBLOCK ?? 0));
  let text: string;
  try {
    if (!(await handle.stat()).isFile()) throw new Error('not a regular file');
    const buf = Buffer.alloc(MAX_CONFIG_BYTES + 1);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    if (bytesRead > MAX_CONFIG_BYTES) throw new Error(`larger than ${MAX_CONFIG_BYTES / 1024} KiB`);
    text = buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  const value: unknown = JSON.parse(text.replace(/^\uFEFF/u, ''));
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a JSON object');
  return value;
}

/**
 * The warnings for one configuration, as the editor shows them: the engine's own problems
 * (`resolveConfig(raw).problems`: unknown keys, wrong types, unknown values, a pattern that is
 * invalid or not linear-time, a check code the registry does not know), each worded by `describeConfigProblem` and prefixed by the file.
 */
const CHECK_CODES = checks.map((c) => c.code);

export function configWarnings(raw: unknown, lang: Locale, file: string): string[] {
  return (resolveConfig(raw, CHECK_CODES).problems ?? []).map((p) => `${file}: ${describeConfigProblem(p, lang)}`);
}
