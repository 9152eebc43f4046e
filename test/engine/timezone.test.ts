// The engine's figures do not depend on the time zone. TZ is read when Node starts, so the
// computation runs again in child processes under time zones far east and west of UTC.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { computeBudget } from '../../src/engine';
import { timezoneInput } from './timezone-input';

const root = path.resolve(__dirname, '../..');

function figuresUnder(tz: string): unknown {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'tz-probe.ts')], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout);
}

test('same figures in Pacific/Kiritimati (UTC+14) and America/Los_Angeles (UTC−8/−7)', () => {
  const a = computeBudget(timezoneInput(), null).initiatives[0]!;
  const here = {
    months: [...a.applied.rounded.byMonth].map(([m, v]) => [m, v]),
    total: a.applied.rounded.total.toString(),
  };
  const expected = JSON.parse(JSON.stringify(here));
  // March 2024: 1 day of 31 → 1 000 kr salary plus the costs' share.
  expect(expected.months[0]).toEqual(['2024-03', expect.any(String)]);
  expect(figuresUnder('Pacific/Kiritimati')).toEqual(expected);
  expect(figuresUnder('America/Los_Angeles')).toEqual(expected);
}, 30000);
