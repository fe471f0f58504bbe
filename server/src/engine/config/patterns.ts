/**
 * Patterns that come from configuration (settings, `.referat.json`, a layout profile) are
 * untrusted: a workspace anyone can clone may hold one. JavaScript's RegExp backtracks, so a
 * pattern like `^(\d+)+$` takes exponential time on a line that almost matches and would hang the
 * language server for good. Every configured pattern is therefore compiled here with RE2
 * (`re2js`, a pure JavaScript port: linear time in the input, no backreferences or lookaround),
 * after a length limit. A pattern that is too long, malformed or uses what RE2 cannot do in
 * linear time comes back as a `ConfigProblem` naming the configuration key, and the caller keeps
 * its default: a bad pattern never switches a check off, and never reaches the backtracker.
 *
 * API (stable; the layout profiles compile item forms and section spellings with it):
 *   compileUserPattern(source, key, options?) → { pattern } | { problem }
 *   pattern.test(s)      — matches somewhere in s (like RegExp#test)
 *   pattern.matchesAll(s) — matches all of s (anchored at both ends)
 *   pattern.exec(s)      — the first match: index, text, numbered and named groups, or null
 *   describeConfigProblem(problem, locale) — the one-line warning for the user
 *
 * Syntax is RE2's (https://github.com/google/re2/wiki/Syntax), which covers what a secretary's
 * pattern uses (`\d`, classes, `{n}`, groups, `|`, `(?i)`, `\p{L}`); JavaScript's `\uXXXX` and
 * `\u{X}` escapes are accepted too. Matching is by code point, so `.` and `[ÆØÅ]` mean characters.
 */
import { type Locale, messagesFor } from '../i18n/messages';

/** Longer patterns are refused: no real journal-number or heading pattern comes near it. */
export const MAX_PATTERN_LENGTH = 500;

export interface PatternOptions {
  /** Letters match either case (RE2's `(?i)`; Danish letters included). */
  readonly caseInsensitive?: boolean;
}

export interface UserMatch {
  /** Offset (UTF-16 code units) of the match in the string searched. */
  readonly index: number;
  /** The matched text. */
  readonly text: string;
  /** Capture groups by number (1-based: `groups[1]` is the first); undefined when a group took no part. */
  readonly groups: readonly (string | undefined)[];
  /** Named groups (`(?P<name>…)` or `(?<name>…)`). */
  readonly named: Readonly<Record<string, string | undefined>>;
}

/** A compiled configured pattern. Each call runs in time linear in the string's length. */
export interface UserPattern {
  /** The pattern as the user wrote it. */
  readonly source: string;
  test(s: string): boolean;
  matchesAll(s: string): boolean;
  exec(s: string): UserMatch | null;
}

export type ConfigProblemReason =
  // a pattern
  | 'not-a-string'
  | 'empty'
  | 'too-long'
  | 'invalid'
  | 'unsupported'
  // a configuration file (`.referat.json`); the key is the file's name
  | 'not-a-file'
  | 'outside-folder'
  | 'file-too-large'
  | 'not-json'
  | 'not-object'
  | 'unreadable'
  // a key of the configuration (config.ts: configProblems)
  | 'unknown-key'
  | 'wrong-type'
  | 'unknown-value';

/** One thing wrong with the configuration, for one warning to the user. */
export interface ConfigProblem {
  /** The configuration key, as written in settings (`referat.` left off) and `.referat.json`. */
  readonly key: string;
  readonly reason: ConfigProblemReason;
  /** What exactly: the engine's error for an invalid pattern, the limit for a long one. */
  readonly detail?: string;
}

export type CompiledPattern = { readonly pattern: UserPattern; readonly problem?: undefined } | { readonly pattern?: undefined; readonly problem: ConfigProblem };

type Re2Module = typeof import('re2js');
let re2: Re2Module | undefined;
/**
 * re2js is loaded on first use: it is a quarter of a megabyte of JavaScript, and a server or CLI
 * run with the default configuration compiles no user pattern at all (it would add a third to the
 * server's start).
 */
function engine(): Re2Module {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (re2 ??= require('re2js') as Re2Module);
}

/** Syntax RE2 rejects because it cannot run in linear time: named for what it is, not as "invalid". */
const UNSUPPORTED = /invalid or unsupported Perl syntax|invalid escape sequence: `\\[1-9]`|invalid repeat count/;
/** Lookaround and backreferences, however RE2 words its refusal. */
const BACKTRACKING_SYNTAX = /\(\?<?[=!]|\\[1-9]|\\k</;

/**
 * Compiles a configured pattern with the linear-time engine. `key` names the configuration key in
 * the problem (for example `journalNumberPattern`). Compiled patterns are shared through a small
 * bounded cache: the same source compiles once, however many documents use it.
 */
export function compileUserPattern(source: unknown, key: string, options: PatternOptions = {}): CompiledPattern {
  if (typeof source !== 'string') return { problem: { key, reason: 'not-a-string' } };
  if (source.length === 0) return { problem: { key, reason: 'empty' } };
  if (source.length > MAX_PATTERN_LENGTH) return { problem: { key, reason: 'too-long', detail: String(MAX_PATTERN_LENGTH) } };
  const cacheKey = `${options.caseInsensitive ? 'i' : '-'}${source}`;
  const hit = cache.get(cacheKey);
  if (hit) {
    // Refresh its place: the cache drops the least recently used.
    cache.delete(cacheKey);
    cache.set(cacheKey, hit);
    return hit.problem ? { problem: { ...hit.problem, key } } : hit;
  }
  const compiled = compile(source, key, options);
  cache.set(cacheKey, compiled);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return compiled;
}

/** How many distinct compiled patterns are kept (each is a few kilobytes; sources are ≤ 500 characters). */
export const CACHE_LIMIT = 64;
const cache = new Map<string, CompiledPattern>();

/** For the tests' memory soak: how many compiled patterns the cache holds now. */
export function patternCacheSize(): number {
  return cache.size;
}

function compile(source: string, key: string, options: PatternOptions): CompiledPattern {
  const { RE2JS } = engine();
  let re: InstanceType<Re2Module['RE2JS']>;
  try {
    re = RE2JS.compile(translateEscapes(source), options.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (err) {
    const detail = (err instanceof Error ? err.message : String(err)).replace(/^error parsing regexp: /, '').slice(0, 200);
    return { problem: { key, reason: UNSUPPORTED.test(detail) || BACKTRACKING_SYNTAX.test(source) ? 'unsupported' : 'invalid', detail } };
  }
  const names = Object.entries(re.namedGroups());
  return {
    pattern: {
      source,
      test: (s) => re.test(s),
      matchesAll: (s) => re.testExact(s),
      exec: (s) => {
        const m = re.exec(s) as (Array<string | undefined> & { index: number }) | null;
        if (!m) return null;
        const named: Record<string, string | undefined> = {};
        for (const [name, i] of names) named[name] = m[i];
        return { index: m.index, text: m[0] ?? '', groups: Array.from(m), named };
      },
    },
  };
}

/**
 * JavaScript's `\uXXXX` and `\u{X…}` (what someone used to RegExp writes) as RE2's `\x{…}`. An
 * escaped backslash is skipped as a pair, so `\\u0041` stays a backslash and the letters.
 */
function translateEscapes(source: string): string {
  if (!source.includes('\\u')) return source;
  return source.replace(/\\\\|\\u\{([0-9A-Fa-f]{1,6})\}|\\u([0-9A-Fa-f]{4})/g, (all, braced?: string, four?: string) => {
    const hex = braced ?? four;
    return hex ? `\\x{${hex}}` : all;
  });
}

/** The user's warning for a configuration problem, in their language. */
export function describeConfigProblem(problem: ConfigProblem, locale: Locale | string = 'da'): string {
  return messagesFor(locale).configProblem(problem.key, problem.reason, problem.detail);
}
