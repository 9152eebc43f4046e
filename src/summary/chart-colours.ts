// The colours of the summary's chart (available, applied, proposed), which the pane's bars share so
// that a colour means the same on the sheet and on the screen. Distinguishable in greyscale print.
export const FIGURE_COLOURS = {
  available: '#A5A5A5',
  applied: '#2F5597',
  proposed: '#ED7D31',
} as const;
