// The figure colours on their own, for the pane's first paint, which must not pull in the views.
export { FIGURE_COLOURS } from '../../summary/chart-colours';
