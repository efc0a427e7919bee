/**
 * Folds text the way people type it: case, accents, apostrophes and punctuation do not matter.
 * "Runner’s Knee!" and "runners knee" both become "runners knee".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
