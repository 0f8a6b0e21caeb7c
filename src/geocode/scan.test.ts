import { describe, expect, it } from 'vitest';
import { tokenize } from './scan.ts';

/** The tokenizer's definition: every match of this regex, possessive "'s" trimmed. */
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’‘`ʿʾ]*(?:-[\p{L}\p{M}\p{N}'’‘`ʿʾ]+)*/gu;
const reference = (text: string) =>
  [...text.matchAll(TOKEN)].map((m) => {
    const t = m[0].replace(/['’]s$/u, '');
    return { text: t, start: m.index!, end: m.index! + t.length };
  });

describe('tokenize', () => {
  it.each([
    "Shelling hit al-Fashir's market near Kharkiv’s edge (Borno), 20 km away.",
    'ʿAyn Ṣanʿāʾ, Zaporizhzhia-Oblast — Ḥalab; x--y -z é\u0301 42-7',
    '          blanked          Gaza.\n\n   Rafah   ',
    '𝐀bc 😀x x😀y \ud800x x\udc00y \udc00\ud800 ',
    "'s a's Δ’s",
  ])('gives the same tokens as a global scan: %s', (text) => {
    expect(tokenize(text)).toEqual(reference(text));
  });
});
