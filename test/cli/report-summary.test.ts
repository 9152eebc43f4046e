// The text report is built from reportSummary, which leaves out every initiative's years and
// quarters (the JSON's largest part): the report must read the same as from the full summaryJson,
// and `summarize` without --json must not build the JSON at all.
import { MemoryWorkbook } from '../../src/adapters/memory/memory-workbook';
import { writePlans } from '../../src/adapters/memory/write-plan';
import { readSnapshot } from '../../src/adapters/memory/read-snapshot';
import { examplePlans, readWorkbook } from '../../src/contract';
import { computeBudget } from '../../src/engine';
import * as json from '../../src/cli/json';
import { humanReport } from '../../src/cli/report';
import { fiveMistakesPlans } from '../support/five-mistakes';
import { cli, EXAMPLE, tempDir } from './support';
import { promises as fs } from 'node:fs';

jest.mock('../../src/cli/json', () => {
  const actual = jest.requireActual<typeof import('../../src/cli/json')>('../../src/cli/json');
  return { ...actual, summaryJson: jest.fn(actual.summaryJson) };
});

describe('reportSummary', () => {
  test.each([
    ['the example, no scenario, sv', examplePlans(), null, 'sv'],
    ['the example, Kansliets förslag, en', examplePlans(), 'Kansliets förslag', 'en'],
    ['five mistakes (errors, incomplete initiatives), sv', fiveMistakesPlans(), null, 'sv'],
  ] as const)('%s: the report reads as from the full JSON', (_, plans, scenario, lang) => {
    const wb = new MemoryWorkbook();
    writePlans(wb, plans);
    const read = readWorkbook(readSnapshot(wb));
    const result = computeBudget(read.input, scenario);
    const issues = [...read.issues, ...result.issues];
    const options = { lang, workbook: 'in.xlsx', out: 'ut.xlsx', writtenSheets: ['Beslutsunderlag'] };
    const report = humanReport(json.reportSummary(result, issues, lang, read.input), options);
    expect(report).toBe(humanReport(json.summaryJson(result, issues, lang, read.input), options));
    // Not a vacuous comparison: the report has the initiatives' and the frame's figures.
    expect(report).toMatch(lang === 'sv' ? /\d\u00a0kr/ : /SEK\u00a0\d/);
  });
});

describe('summarize builds the JSON only for --json', () => {
  const summaryJson = json.summaryJson as jest.MockedFunction<typeof json.summaryJson>;
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
    summaryJson.mockClear();
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  test('the text report does not build it', async () => {
    const run = await cli(dir, 'summarize', EXAMPLE, '--scenario', 'Kansliets förslag');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Scenario: Kansliets förslag');
    expect(summaryJson).not.toHaveBeenCalled();
  });

  test('--json builds it once', async () => {
    const run = await cli(dir, 'summarize', EXAMPLE, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('initiatives');
    expect(summaryJson).toHaveBeenCalledTimes(1);
  });
});
