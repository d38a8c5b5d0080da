// HJ 633—2012 《环境空气质量指数（AQI）技术规定（试行）》 Table 1: IAQI breakpoints.
// µg/m³ except CO (mg/m³). Source and cross-checks: ../shared/domain/cn-domain-facts.md §4.1.
// Note the SO2 24-hour limit at IAQI 150 is 475 (not 500: that is the 1-hour row).

export const IAQI_STEPS = [0, 50, 100, 150, 200, 300, 400, 500] as const;

export type BreakpointKey = 'SO2_24H' | 'SO2_1H' | 'NO2_24H' | 'NO2_1H' | 'PM10_24H' | 'CO_24H' | 'CO_1H' | 'O3_1H' | 'O3_8H' | 'PM25_24H';

/** Concentration limits aligned with IAQI_STEPS; null where the table has none (footnotes 2, 3). */
export const BREAKPOINTS: Readonly<Record<BreakpointKey, readonly (number | null)[]>> = {
  SO2_24H: [0, 50, 150, 475, 800, 1600, 2100, 2620],
  SO2_1H: [0, 150, 500, 650, 800, null, null, null],
  NO2_24H: [0, 40, 80, 180, 280, 565, 750, 940],
  NO2_1H: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
  PM10_24H: [0, 50, 150, 250, 350, 420, 500, 600],
  CO_24H: [0, 2, 4, 14, 24, 36, 48, 60],
  CO_1H: [0, 5, 10, 35, 60, 90, 120, 150],
  O3_1H: [0, 160, 200, 300, 400, 800, 1000, 1200],
  O3_8H: [0, 100, 160, 215, 265, 800, null, null],
  PM25_24H: [0, 35, 75, 115, 150, 250, 350, 500],
};

/**
 * Above these the IAQI of the key is not computed and another key is reported instead:
 * SO2 1-h above 800 µg/m³ → the 24-h IAQI (footnote 2); O3 8-h above 800 µg/m³ → the 1-h IAQI (footnote 3).
 */
export const NOT_COMPUTED_ABOVE: Partial<Record<BreakpointKey, { limit: number; use: BreakpointKey }>> = {
  SO2_1H: { limit: 800, use: 'SO2_24H' },
  O3_8H: { limit: 800, use: 'O3_1H' },
};

/** HJ 633 Table 2 and Appendix A: level, category and colour. */
export interface AqiLevel { min: number; max: number; level: string; levelNo: number; category: string; colorName: string; color: string; rgb: readonly [number, number, number] }

export const AQI_LEVELS: readonly AqiLevel[] = [
  { min: 0, max: 50, level: '一级', levelNo: 1, category: '优', colorName: '绿色', color: '#00E400', rgb: [0, 228, 0] },
  { min: 51, max: 100, level: '二级', levelNo: 2, category: '良', colorName: '黄色', color: '#FFFF00', rgb: [255, 255, 0] },
  { min: 101, max: 150, level: '三级', levelNo: 3, category: '轻度污染', colorName: '橙色', color: '#FF7E00', rgb: [255, 126, 0] },
  { min: 151, max: 200, level: '四级', levelNo: 4, category: '中度污染', colorName: '红色', color: '#FF0000', rgb: [255, 0, 0] },
  { min: 201, max: 300, level: '五级', levelNo: 5, category: '重度污染', colorName: '紫色', color: '#99004C', rgb: [153, 0, 76] },
  { min: 301, max: Infinity, level: '六级', levelNo: 6, category: '严重污染', colorName: '褐红色', color: '#7E0023', rgb: [126, 0, 35] },
];

/** 首要污染物 only when AQI > 50; 超标污染物 when IAQI > 100. */
export const PRIMARY_POLLUTANT_ABOVE = 50;
export const NON_ATTAINMENT_ABOVE = 100;
