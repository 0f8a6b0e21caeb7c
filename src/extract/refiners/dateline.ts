/**
 * Datelines: where (and when, through which agency) a report was filed, opening its first
 * sentence — "BEIRUT — ", "KHARTOUM, March 10 (Reuters) - ", "Goma, Congo (AP) — ",
 * "GOMA, Democratic Republic of Congo, June 10 (Reuters) - ", "TEL AVIV/GAZA, March 20 - ".
 * Not where or when the event happened: a place or date inside it yields to any other
 * (place-choice.ts, resolve-event.ts), and a statement quoted from the sentence leaves it out (claims.ts).
 */
const DATELINE = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:[ /]\p{Lu}[\p{L}\p{M}'’.-]*)*(?:,\s*\p{Lu}[\p{L}.]*(?:\s+(?:\p{Lu}[\p{L}.]*|of|the|and))*)?(?:,?\s*\p{Lu}[\p{L}.]*\s+\d{1,2})?\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s+/u;

/** How many characters of `text` its opening dateline takes (0: none). */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
