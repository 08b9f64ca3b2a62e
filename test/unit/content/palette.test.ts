/**
 * The panel's state colours stay apart for readers with a colour-vision deficiency, and its text stays
 * readable: CIEDE2000 between the wait, act and retries-over colours of at least 20 after simulating
 * protanopia, deuteranopia and tritanopia (Machado et al. 2009 at full severity, as culori implements
 * it), in the light and the dark theme; WCAG contrast of at least 4.5:1 for every text colour.
 */
import { describe, expect, it } from 'vitest';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, wcagContrast, type Color } from 'culori';
import { PALETTE } from '../../../src/ui/styles';

const SIMULATIONS: Record<string, (c: Color) => Color> = {
  'typical vision': (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
};
const deltaE = differenceCiede2000();
const STATES = ['wait', 'act', 'ended'] as const;

function color(hex: string): Color {
  const c = parse(hex);
  if (!c) throw new Error(`not a colour: ${hex}`);
  return c;
}

describe.each(Object.entries(PALETTE))('%s theme', (_theme, palette) => {
  it.each(Object.entries(SIMULATIONS))('wait, act and retries-over stay apart with %s (ΔE2000 ≥ 20)', (_name, simulate) => {
    for (let i = 0; i < STATES.length; i++) {
      for (let j = i + 1; j < STATES.length; j++) {
        const a = STATES[i]!;
        const b = STATES[j]!;
        const distance = deltaE(simulate(color(palette[a].accent)), simulate(color(palette[b].accent)));
        expect(distance, `${a} ${palette[a].accent} vs ${b} ${palette[b].accent}`).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('keeps every text colour readable (WCAG contrast ≥ 4.5:1)', () => {
    for (const state of STATES) {
      expect(wcagContrast(palette[state].chipText, palette[state].accent), `${state} chip`).toBeGreaterThanOrEqual(4.5);
    }
    expect(wcagContrast(palette.fg, palette.bg)).toBeGreaterThanOrEqual(7);
    expect(wcagContrast(palette.muted, palette.bg)).toBeGreaterThanOrEqual(4.5);
    expect(wcagContrast(palette.muted, palette.codeBg)).toBeGreaterThanOrEqual(4.5);
  });
});

it('the check can fail: amber and red, as before, are too close for deuteranopia', () => {
  const sim = SIMULATIONS.deuteranopia!;
  expect(deltaE(sim(color('#8a5a00')), sim(color('#b3261e')))).toBeLessThan(20);
});
