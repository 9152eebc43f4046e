// What each view shows, with every figure already formatted for the chosen language. Pure: built
// from the reader's and the engine's results; the React views (src/pane/<view>) only lay these out.
export * from './overview';
export * from './initiatives';
export * from './scenarios';
export * from './decision';
export * from './issues';
export * from './balance';
export * from './holds';
export * from './frame';
export * from './first-view-model';
export * from './first-view';
