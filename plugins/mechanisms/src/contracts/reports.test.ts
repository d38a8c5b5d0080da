// The annual-report layout shared by the server (text export, compute output) and the web tables:
// rows and columns in the order of the national format (国办公开办函〔2021〕30号).
import { describe, expect, it } from 'vitest';
import { adjustment, matrixAxes, matrixRows, reviewAxes } from './reports';
import { outcomeCodes } from './vocabulary';

describe('annual report layout', () => {
  it('lays out section 三 with a row per outcome code between the intake rows and the carried-forward row', () => {
    expect(matrixRows).toHaveLength(2 + outcomeCodes.length + 2);
    expect(matrixAxes.rows[0]).toEqual({ key: 'new', label: '一、本年新收政府信息公开申请数量' });
    expect(matrixAxes.rows.find((r) => r.key === 'withhold.state-secret')?.label).toBe('三、本年度办理结果 （三）不予公开 1.属于国家秘密');
    expect(matrixAxes.rows.at(-2)).toEqual({ key: 'handled', label: '三、本年度办理结果 （七）总计' });
    expect(matrixAxes.rows.at(-1)).toEqual({ key: 'carried-forward', label: '四、结转下年度继续办理' });
    expect(matrixAxes.columns.map((c) => c.label)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
  });

  it('lays out section 四 as three review kinds by four results and a total', () => {
    expect(reviewAxes.rows.map((r) => r.label)).toEqual(['行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）']);
    expect(reviewAxes.columns.map((c) => c.label)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']);
  });

  it('accepts adjustments only to a table row and an applicant-type column', () => {
    expect(adjustment.safeParse({ row: 'partial', column: 'business', delta: 1, reason: '线下办理' }).success).toBe(true);
    expect(adjustment.safeParse({ row: 'handled-total', column: 'business', delta: 1, reason: 'x' }).success).toBe(false);
    expect(adjustment.safeParse({ row: 'partial', column: 'total', delta: 1, reason: 'x' }).success).toBe(false);
  });
});
