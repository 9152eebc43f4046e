// Issue 13: the decision round — which years this round decides on, what is already granted.
import { computeBudget } from '../../src/engine';
import { cost, initiative, input } from './builders';

describe('decision years', () => {
  test('without a Status every initiative is an application: the years any of them runs in', () => {
    const result = computeBudget(
      input({
        initiatives: [
          initiative('A', '2024-10-01', '2026-12-31'),
          initiative('B', '2018-01-01', '2019-06-30'),
        ],
        costs: [cost('A', 1000), cost('B', 1000)],
      }),
      null,
    );
    expect(result.decisionYears).toEqual([2018, 2019, 2024, 2025, 2026]);
  });

  test('granted and rejected initiatives add no year', () => {
    const result = computeBudget(
      input({
        initiatives: [
          initiative('Framsteget 2.0', '2023-01-01', '2024-12-31', { roundStatus: 'granted' }),
          initiative('Samordnat stöd', '2024-10-01', '2026-12-31'),
          initiative('Avslaget', '2027-01-01', '2027-12-31', { roundStatus: 'rejected' }),
        ],
      }),
      null,
    );
    expect(result.decisionYears).toEqual([2024, 2025, 2026]);
  });

  test('an initiative whose dates cannot be read adds no year', () => {
    const result = computeBudget(
      input({
        initiatives: [
          initiative('A', '2024-13-01', '2026-12-31'),
          initiative('B', '2025-02-01', '2024-01-01'),
        ],
      }),
      null,
    );
    expect(result.decisionYears).toEqual([]);
  });
});
