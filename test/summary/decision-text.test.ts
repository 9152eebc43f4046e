import Decimal from 'decimal.js';
import { decisionText, STANDARD_CONDITIONS } from '../../src/summary';
import { initiativeResult } from './fixtures';

const NBSP = '\u00a0';

describe('decisionText', () => {
  const seed004 = initiativeResult({
    name: 'Samordnat stöd för arbete eller studier',
    start: '2024-10-01',
    end: '2026-12-31',
    stated: 8_315_500,
    applied: 8_315_500,
    proposed: 6_984_000,
  });

  it('words an adjusted initiative as seed 004 does, with non-breaking spaces in the amount', () => {
    const { proposal, conditions } = decisionText(seed004, 'sv');
    expect(proposal).toBe(
      'att bevilja finansiellt stöd enligt ansökan för insatsen Samordnat stöd för arbete eller studier för perioden ' +
        `1 oktober 2024 fram till 31 december 2026, med justeringar så att dessa hamnar på maximalt 6${NBSP}984${NBSP}000 kronor`,
    );
    expect(conditions).toEqual([
      'att finansieringen av insatsen gäller under förutsättning att förbundet beviljas medel från medlemsorganisationerna framöver.',
      'att finansiering av insatsen gäller under förutsättning att insatsen följer aktuell ansökan, gällande lagstiftning och av förbundet antagna styrdokument.',
    ]);
  });

  it('words an unadjusted initiative as seeds 002 and 003 do', () => {
    const framsteget = initiativeResult({
      name: 'Framsteget 2.0',
      start: '2023-01-01',
      end: '2024-12-31',
      applied: 7_710_400,
    });
    expect(framsteget.decisionAmount.toNumber()).toBe(7_711_000);
    expect(decisionText(framsteget, 'sv').proposal).toBe(
      `att bevilja finansiellt stöd enligt ansökan för insatsen Framsteget 2.0 för perioden 1 januari 2023 fram till 31 december 2024, maximalt 7${NBSP}711${NBSP}000 kronor`,
    );
    expect(decisionText(framsteget, 'sv').conditions).toEqual(STANDARD_CONDITIONS);
  });

  it('keeps the board wording in Swedish when the labels are English', () => {
    expect(decisionText(seed004, 'en')).toEqual(decisionText(seed004, 'sv'));
  });

  it('declines a removed initiative without conditions', () => {
    const removed = initiativeResult({
      name: 'Coach',
      start: '2024-01-01',
      end: '2024-12-31',
      applied: 100_000,
      removed: true,
      adjusted: true,
    });
    expect(decisionText(removed, 'sv')).toEqual({
      proposal: 'att inte bevilja finansiellt stöd för insatsen Coach.',
      conditions: [],
    });
  });

  it('gives a note in the UI language, not a decision, for an initiative left out for errors', () => {
    const broken = initiativeResult({
      name: 'Trasig',
      start: '2024-01-01',
      end: '2024-12-31',
      applied: 0,
      included: false,
    });
    const sv = decisionText(broken, 'sv');
    const en = decisionText(broken, 'en');
    expect(sv.conditions).toEqual([]);
    expect(sv.proposal).toMatch(/^Ingen beslutstext/);
    expect(en.proposal).toMatch(/^No decision text/);
    expect(sv.proposal).not.toMatch(/bevilja/);
  });

  it('names the earlier end when the scenario ends the whole initiative early', () => {
    const ended = initiativeResult({
      name: 'Kort',
      start: '2024-10-01',
      end: '2026-12-31',
      applied: 2_700_000,
      proposed: 1_800_000,
      proposedEnd: '2026-03-31',
    });
    expect(decisionText(ended, 'sv').proposal).toContain(
      'för perioden 1 oktober 2024 fram till 31 mars 2026, med justeringar',
    );
    const whole = initiativeResult({
      name: 'Kort',
      start: '2024-10-01',
      end: '2026-12-31',
      applied: 2_700_000,
      proposed: 1_800_000,
    });
    expect(decisionText(whole, 'sv').proposal).toContain('fram till 31 december 2026,');
  });

  it('groups large and small amounts correctly', () => {
    const big = initiativeResult({
      name: 'Stor',
      start: '2024-01-01',
      end: '2024-12-31',
      applied: 12_345_678_901,
    });
    expect(decisionText(big, 'sv').proposal).toMatch(
      new RegExp(`maximalt 12${NBSP}345${NBSP}679${NBSP}000 kronor$`),
    );
    const small = initiativeResult({
      name: 'Liten',
      start: '2024-01-01',
      end: '2024-12-31',
      applied: 999,
      step: 1,
    });
    expect(decisionText(small, 'sv').proposal).toMatch(/maximalt 999 kronor$/);
    expect(new Decimal(small.decisionAmount).toNumber()).toBe(999);
  });
});
