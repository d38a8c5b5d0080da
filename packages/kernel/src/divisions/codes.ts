/** GB/T 2260 code lengths by level: province 2, prefecture 4, county 6, township 9, village 12. */
const LEVEL_LENGTHS = [2, 4, 6, 9, 12];

/** The division itself and its ancestors, nearest first: 230108 → [230108, 2301, 23]. */
export function selfAndAncestors(code: string): string[] {
  return LEVEL_LENGTHS.filter((n) => n <= code.length).map((n) => code.slice(0, n)).reverse();
}

export function isInSubtree(rootCode: string, code: string): boolean {
  return code.startsWith(rootCode);
}

export const divisionCodeSchemaPattern = /^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/;
