// The pane in Excel, as one chunk loaded after the first paint (see index.tsx): the pane's
// components with Fluent; the session it takes over comes from excel-session.ts's chunk.
export { Pane } from './shell/Pane';
