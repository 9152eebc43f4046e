// The budget engine (issue 2): pure, decimal.js in and out.
export { computeBudget } from './compute';
export { scenarioNames } from './scenarios';
export { sharedFte } from './role-rows';
export { roundSeries, decisionAmount, statedDifferenceMatters } from './round';
export { CODE as ENGINE_ISSUE_CODES } from './issues';
export type * from './types';
export { incompleteness, isIncomplete, NOTHING_INCOMPLETE, type Incompleteness } from './incomplete';
