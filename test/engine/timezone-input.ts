import { cost, initiative, input, staff } from './builders';

/** Dates at month and year edges and across DST changes: any local-time slip moves money. */
export function timezoneInput() {
  return input({
    initiatives: [initiative('A', '2024-03-31', '2025-01-01')],
    staffing: [
      staff('A', 'Coach', 1, 31000, { start: '2024-03-31', end: '2024-10-27' }),
      staff('A', 'Coach 2', 1, 30000, { start: '2024-10-01', end: '2025-01-01' }),
    ],
    costs: [cost('A', 100000, { year: 2024 }), cost('A', 50000)],
  });
}
