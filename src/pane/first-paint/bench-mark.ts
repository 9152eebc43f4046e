// Marks for the first-render bench's account of where the time goes (bench/first-render.ts). Its own
// module without imports, so that the preview's first download can mark too without pulling in
// the session.

/** A User Timing mark; a no-op where there is none (fake timers in tests replace performance). */
export function benchMark(name: string): void {
  globalThis.performance?.mark?.(`insatsbudget:${name}`);
}
