// The pane in Excel, as one chunk loaded after the first paint (see index.tsx): the Office.js
// adapter and everything the pane needs.
export { createExcelPort } from '../adapters/excel';
export { Pane } from './shell/Pane';
