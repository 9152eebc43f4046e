export * from './meeting-session';
export * from './view-models';
export * from './intents';
export * from './history';
export * from './row-edits';
export { nameKey, sameName } from '../workbook/names';
