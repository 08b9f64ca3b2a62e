/**
 * Every regular expression in the knowledge base must be free of catastrophic (exponential or
 * polynomial) backtracking: diagnostics come from remote servers, i.e. from strangers.
 *
 * recheck's automaton checker decides this from the pattern's automaton alone: no random inputs,
 * no timing, so the verdict is the same on every run and every machine. Its cost grows steeply
 * with the size of the automaton, so each top-level alternative is checked on its own. That is
 * exact, not an approximation: a backtracking matcher tries the alternatives of a top-level `|`
 * one after another at each start position and none of them is repeated, so the work on any input
 * is the sum of the alternatives' work, and /A|B/ backtracks catastrophically exactly when /A/ or
 * /B/ does. (An alternation inside a quantified group is left whole: there the alternatives
 * interact.)
 */
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';
import { allPatterns } from '../../src/core/knowledge/index';

/** Splits a pattern source at its top-level `|` (outside groups and character classes). */
function topLevelAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      current += ch + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}

/** Verdicts by "source/flags": each distinct alternative is checked once per run. */
const verdicts = new Map<string, Promise<string>>();

function verdictOf(source: string, flags: string): Promise<string> {
  const key = `${source}/${flags}`;
  let verdict = verdicts.get(key);
  if (!verdict) {
    verdict = check(source, flags.replace('g', ''), { checker: 'automaton', timeout: 60_000 }).then((r) =>
      r.status === 'vulnerable' ? `vulnerable (${r.complexity.type})` : r.status === 'unknown' ? `unknown (${r.error.kind})` : r.status,
    );
    verdicts.set(key, verdict);
  }
  return verdict;
}

describe('ReDoS', () => {
  it('splits at top-level bars only, losslessly', () => {
    expect(topLevelAlternatives(String.raw`a(?:b|c)|[|]d|e\|f`)).toEqual(['a(?:b|c)', '[|]d', String.raw`e\|f`]);
    for (const p of allPatterns()) expect(topLevelAlternatives(p.source).join('|')).toBe(p.source);
  });

  it('recheck (automaton checker) proves every knowledge-base pattern safe', async () => {
    const patterns = allPatterns();
    expect(patterns.length).toBeGreaterThan(100);
    const unique = [...new Map(patterns.map((p) => [`${p.source}/${p.flags}`, p])).values()];
    const jobs = unique.flatMap((p) => topLevelAlternatives(p.source).map((alternative) => ({ pattern: p, alternative })));
    // Two checks at a time: the checker is CPU-bound and CI has two cores; more only adds contention.
    const problems: string[] = [];
    let next = 0;
    const lane = async () => {
      while (next < jobs.length) {
        const job = jobs[next++]!;
        const verdict = await verdictOf(job.alternative, job.pattern.flags);
        if (verdict !== 'safe') problems.push(`${verdict}: /${job.alternative}/ in /${job.pattern.source}/${job.pattern.flags}`);
      }
    };
    await Promise.all([lane(), lane()]);
    expect(problems.sort()).toEqual([]);
  }, 300_000);

  it('the same check flags known catastrophic patterns (the checker is working)', async () => {
    expect(await verdictOf(String.raw`\s*#?\s*$`, '')).toBe('vulnerable (polynomial)');
    expect(await verdictOf('^(a|a)*$', '')).toBe('vulnerable (exponential)');
    // An open gap between two repeated words: the shape the knowledge base avoids.
    expect(await verdictOf(String.raw`DKIM(?: \S+)* (?:\S+ )*fail`, 'i')).toMatch(/^vulnerable/);
  }, 120_000);
});
