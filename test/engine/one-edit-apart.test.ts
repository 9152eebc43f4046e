// The employer near match's typing-slip rule against the optimal string alignment distance
// (Levenshtein with neighbour swaps), computed the slow way.
import fc from 'fast-check';
import { oneEditApart } from '../../src/engine/validate/staffing';

function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

test('oneEditApart is an optimal string alignment distance of at most 1', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'å', 'k'), maxLength: 7 });
  fc.assert(
    fc.property(word, word, (a, b) => expect(oneEditApart(a, b)).toBe(osaDistance(a, b) <= 1)),
    { numRuns: 2000, seed: 11 },
  );
});

test.each([
  ['håbokommun', 'håbokomun', true],
  ['håbokommun', 'håbokommnu', true],
  ['håbokommun', 'håbokommune', true],
  ['regionuppsala', 'regionupsala', true],
  ['håbokommun', 'knivstakommun', false],
  ['regionuppsala', 'uppsalakommun', false],
])('%s and %s: %s', (a, b, near) => expect(oneEditApart(a, b)).toBe(near));
