/** Lower case without diacritics, so a search for "cafe" finds "Café" and "ё" matches "е". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase()
}
