// Problem: every issue, grouped by table.
import type { Issue, Language } from '../../issues/types';
import { stringsFor } from '../../i18n';

export interface IssueItem {
  key: string;
  severity: Issue['severity'];
  severityText: string;
  cell: string | null;
  message: string;
}

export interface IssueGroup {
  table: string;
  items: IssueItem[];
}

export interface IssuesView {
  errors: number;
  warnings: number;
  groups: IssueGroup[];
}

/** Every issue, grouped by table in the order they were found; errors before warnings in a group. */
export function issuesView(issues: readonly Issue[], lang: Language): IssuesView {
  const s = stringsFor(lang);
  const groups = new Map<string, IssueItem[]>();
  issues.forEach((issue, n) => {
    const table = issue.table ?? s.workbookWide;
    const items = groups.get(table) ?? [];
    items.push({
      key: `${n}:${issue.code}:${issue.cell ?? ''}`,
      severity: issue.severity,
      severityText: issue.severity === 'error' ? s.severityError : s.severityWarning,
      cell: issue.cell,
      message: issue.message[lang],
    });
    groups.set(table, items);
  });
  const rank = (i: IssueItem) => (i.severity === 'error' ? 0 : 1);
  return {
    errors: issues.filter((i) => i.severity === 'error').length,
    warnings: issues.filter((i) => i.severity === 'warning').length,
    groups: [...groups.entries()].map(([table, items]) => ({
      table,
      items: [...items].sort((a, b) => rank(a) - rank(b)),
    })),
  };
}
