/**
 * Folds Vietnamese text for matching: NFC-insensitive, without tone and vowel marks, đ → d, lower case,
 * runs of white space collapsed. "Quý IV" and "quy iv", "Hòa" and "Hoà" all fold alike.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
