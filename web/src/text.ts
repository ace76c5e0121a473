/** Fold case, diacritics and đ→d, so "Thai Nguyen" finds "Thái Nguyên" (as the server's search does). */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}
