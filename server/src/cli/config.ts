import { constants as C, promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as engine from '../engine';
import { defaultConfig, resolveConfig, type Locale } from '../engine';

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
  configKey(file: string, key: string, want?: string, got?: string): string;
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
          for (const w of configWarnings(raw, this.lang, file, this.words)) this.warn(w);
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

async function exists(p: string): Promise<boolean> {
  return (await fs.lstat(p).catch(() => undefined)) !== undefined;
}

async function readConfig(file: string): Promise<unknown> {
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

/** A configuration problem as the engine reports it (`ConfigProblem`, helper i13's work). */
interface EngineProblem {
  readonly key: string;
  readonly reason: string;
  readonly detail?: string;
}

/**
 * The warnings for one configuration: the engine's own (`resolveConfig(raw).problems`, worded by
 * `describeConfigProblem`) where the engine has them, else the CLI's shallow check below. The
 * engine's API is looked up at run time because it lands in a parallel branch (i13); once merged,
 * this can import `describeConfigProblem` directly and `keyWarnings` can go.
 */
const DESCRIBE = 'describeConfigProblem';

export function configWarnings(raw: unknown, lang: Locale, file: string, words: ConfigWords): string[] {
  const describe = (engine as unknown as Record<string, unknown>)[DESCRIBE] as ((p: EngineProblem, locale: Locale) => string) | undefined;
  const problems = (resolveConfig(raw) as { readonly problems?: readonly EngineProblem[] }).problems;
  if (typeof describe === 'function') return (problems ?? []).map((p) => `${file}: ${describe(p, lang)}`);
  return keyWarnings(raw).map((w) => words.configKey(file, w.key, w.want, w.got));
}

/** Keys the editor's settings know beyond the engine's configuration. */
const EXTRA_KEYS: Record<string, string> = { $schema: 'string', maxFileSize: 'number', autoDetect: 'string' };

/**
 * Unknown keys and values of the wrong JSON type, one warning each (the engine falls back to the
 * default for them silently). TODO(i13): when the engine validates configuration itself
 * (unknown keys, wrong types, bad patterns), print its findings here instead of this shallow check.
 */
export interface KeyWarning {
  readonly key: string;
  /** Absent for an unknown key. */
  readonly want?: string;
  readonly got?: string;
}

export function keyWarnings(raw: unknown): KeyWarning[] {
  if (!raw || typeof raw !== 'object') return [];
  const out: KeyWarning[] = [];
  const known: Record<string, string> = { ...EXTRA_KEYS };
  for (const [k, v] of Object.entries(defaultConfig)) known[k] = jsonType(v);
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const want = known[k];
    if (!want) out.push({ key: k });
    else if (jsonType(v) !== want) out.push({ key: k, want, got: jsonType(v) });
  }
  return out;
}

function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v;
}
