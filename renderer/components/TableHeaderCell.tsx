// A column header with the NL Design System table classes. Not the library's TableHeaderCell:
// for its optional sort button it imports the whole icon set (~130 KB of SVG) into the bundle.
import type { ThHTMLAttributes } from 'react';

export function TableHeaderCell({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th className={['utrecht-table__header-cell', className ?? ''].filter(Boolean).join(' ')} {...props} />;
}
