/**
 * The acceptance case of issue #2 on the project's real example article (read from ../shared,
 * never copied into the repo): one primary event with the right fields, the older drone assault
 * not dated to the article's day, and no framing word in any event field.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine, extractPaths } from '../../src/app/pipeline.ts';
import { flattenEvent } from '../../src/extract/flat.ts';
import { haversineKm } from '../../src/store/geo.ts';

const path = new URL('../../../shared/examples/eilat-drone-2024-04-01.txt', import.meta.url).pathname;
const FRAMING = /genocid|terror|martyr|heroic|besieged|occupied|resistance groups/i;

describe.skipIf(!existsSync(path))('shared example: eilat-drone-2024-04-01', () => {
  it('yields one primary event with the issue #2 fields', async () => {
    const items = [];
    for await (const item of extractPaths([path], createEngine())) items.push(item);
    expect(items).toHaveLength(1);
    const x = items[0]!;
    if (!x.ok) throw new Error(x.error.message);
    const events = x.extraction.events.map(flattenEvent);
    const primary = events.filter((e) => !e.background);
    expect(primary).toHaveLength(1);
    const e = primary[0]!;
    expect(e).toMatchObject({
      date: '2024-04-01', event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike',
      actor1: 'Islamic Resistance in Iraq', country: 'Israel', weapon: 'drone', fatalities: 0,
    });
    expect(e.actor2).toMatch(/Israel/);
    expect(haversineKm(e.latitude!, e.longitude!, 29.56, 34.95)).toBeLessThan(25);
    expect(e.claims).toEqual(expect.arrayContaining([
      expect.objectContaining({ role: 'claimed', claimant: 'Islamic Resistance in Iraq' }),
      expect.objectContaining({ role: 'confirmed', claimant: 'Military Forces of Israel', statement: expect.stringMatching(/Eilat Bay/) }),
    ]));
    // The older drone assault on northern Israel is background, never dated to the article's day.
    for (const b of events.filter((x) => x !== e)) expect(b.date).not.toBe('2024-04-01');
    // Neutrality: framing is flagged on the article, never in an event field.
    expect(x.extraction.framing.map((f) => f.term.toLowerCase())).toEqual(expect.arrayContaining(['genocidal']));
    for (const ev of events) {
      const { claims: _claims, ...fields } = ev;
      expect(JSON.stringify(fields)).not.toMatch(FRAMING);
    }
  });
});
