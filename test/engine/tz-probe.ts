// Run by timezone.test.ts in a child process with another TZ: prints the figures as JSON.
import { computeBudget } from '../../src/engine';
import { timezoneInput } from './timezone-input';

const result = computeBudget(timezoneInput(), null);
const a = result.initiatives[0]!;
process.stdout.write(
  JSON.stringify({ months: [...a.applied.rounded.byMonth], total: a.applied.rounded.total.toString() }),
);
