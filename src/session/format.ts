// The figures' formatting, one import for the session's view models.
export { formatDateLong, formatFte, formatKronor, formatPercent, yearLabel } from '../format';
