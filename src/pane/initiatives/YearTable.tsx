import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { RoleYear } from '../../session';
import { useStrings } from '../hooks';
import { ScrollArea, useNumberCell, useTableClass } from '../shared';

/** Applied vs proposed per year. */
export function YearTable({ caption, years }: { caption: string; years: RoleYear[] }) {
  const s = useStrings();
  const num = useNumberCell();
  const tableClass = useTableClass();
  const label = `${caption}: ${s.costPerYear}`;
  return (
    <ScrollArea label={label}>
      <Table className={tableClass} size="extra-small" aria-label={label}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.yearColumn}</TableHeaderCell>
            <TableHeaderCell className={num}>{s.appliedColumn}</TableHeaderCell>
            <TableHeaderCell className={num}>{s.proposedColumn}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {years.map((y) => (
            <TableRow key={y.year}>
              <TableCell>{y.label}</TableCell>
              <TableCell className={num}>{y.applied}</TableCell>
              <TableCell className={num}>{y.proposed}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollArea>
  );
}
