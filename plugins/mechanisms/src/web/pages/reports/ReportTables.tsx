// The two tables of the annual report (national format, sections 三 and 四) as real tables with
// row and column headers, so screen readers announce each number with its row and column.
import { matrixAxes, reviewAxes, type Axis } from '../../../contracts/reports';

type Numbers = Record<string, Record<string, number>>;

export function NumberTable({ caption, rows, columns, data, corner = '项目' }: { caption: string; rows: readonly Axis[]; columns: readonly Axis[]; data: Numbers; corner?: string }) {
  return (
    <div className="gk-table-wrap">
      <div className="gk-table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table className="gk-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{corner}</th>
              {columns.map((c) => <th key={c.key} scope="col" className="gk-align-end">{c.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {columns.map((c) => <td key={c.key} className="gk-align-end">{data[r.key]?.[c.key] ?? 0}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Section 三 (applications by applicant type and outcome) and section 四 (reviews). */
export function ReportTables({ title, matrix, reviews }: { title: string; matrix: Numbers; reviews: Numbers }) {
  return (
    <>
      <NumberTable caption={`${title}：三、收到和处理政府信息公开申请情况（单位：件）`} rows={matrixAxes.rows} columns={matrixAxes.columns} data={matrix} />
      <NumberTable caption={`${title}：四、政府信息公开行政复议、行政诉讼情况（单位：件）`} rows={reviewAxes.rows} columns={reviewAxes.columns} data={reviews} corner="类型" />
    </>
  );
}
