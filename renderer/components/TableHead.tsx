// A table's column headers with the NL Design System classes, from a list of labels. A numeric
// column is right-aligned like its cells; a hidden label (an actions column) is read out but not shown.
export interface Column {
  readonly label: string;
  readonly numeric?: boolean;
  readonly hidden?: boolean;
}

export function TableHead({ columns }: { columns: readonly (string | Column)[] }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {columns.map((column, i) => {
          const { label, numeric = false, hidden = false } = typeof column === 'string' ? { label: column } : column;
          return (
            <th key={i} scope="col" className={numeric ? 'utrecht-table__header-cell arr-num' : 'utrecht-table__header-cell'}>
              {hidden ? <span className="arr-visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
