// The pane's session in Excel, as one chunk without Fluent (see index.tsx): the Office.js adapter,
// the session with the contract and the engine, and what the first paint needs to draw the
// session's own figures before the pane's chunk (Fluent, the views) has been evaluated.
export { createExcelPort } from '../adapters/excel';
export { startedSession } from './shell/started-session';
export { verifiedPaint } from './first-paint/verified';
