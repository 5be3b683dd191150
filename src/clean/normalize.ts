/** The text a duplicate check compares: case, quotes, dashes and spacing unified. */
export function normalizeForCompare(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[^\p{L}\p{N}'"-]+/gu, ' ')
    .trim();
}
