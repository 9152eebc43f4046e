export * from './meeting-session';
export * from './views';
export * from './cuts';
export * from './history';
export * from './row-edits';
export { nameKey, sameName } from '../workbook/names';
export * from './holds';
export * from './input';
export * from './proposals';
