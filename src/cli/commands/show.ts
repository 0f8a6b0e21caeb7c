/** `sitrep show EVENT_ID`: an event with every field's evidence quoted from its articles, and its claims. */
import { defineCommand } from 'citty';
import { dbArg, openDb, writeOut } from '../_shared.ts';
import type { EventDetail } from '../../store/store.ts';

export function renderDetail(d: EventDetail): string {
  const e = d.event;
  const lines = [
    `${e.id}  ${e.date ?? 'date unknown'} (${e.date_precision})${e.background ? '  [background]' : ''}`,
    `  ${e.event_type} / ${e.sub_event_type}   certainty: ${e.certainty}`,
    `  actor1: ${e.actor1 ?? '-'}${e.actor1_kind ? ` (${e.actor1_kind})` : ''}`,
    `  actor2: ${e.actor2 ?? '-'}${e.actor2_kind ? ` (${e.actor2_kind})` : ''}`,
    `  place:  ${e.location ?? '-'}${e.admin1 ? `, ${e.admin1}` : ''}${e.country ? `, ${e.country}` : ''}${e.latitude !== null ? `  (${e.latitude}, ${e.longitude}; precision ${e.geo_precision})` : ''}`,
    `  weapon: ${e.weapon ?? '-'}   fatalities: ${e.fatalities ?? 'unknown'} (low ${e.fatalities_low ?? '-'}, high ${e.fatalities_high ?? '-'})   injured: ${e.injured ?? 'unknown'}`,
    `  sources: ${e.sources.join(', ')}`,
  ];
  for (const s of d.sources) {
    const meta = [s.source, s.date, s.duplicateOf ? `copy of ${s.duplicateOf}` : null].filter(Boolean).join(', ');
    lines.push('', `source ${s.articleId}${s.title ? ` — ${s.title}` : ''}${meta ? ` (${meta})` : ''}${s.url ? ` ${s.url}` : ''}   reports ${s.fatalities ?? 'no'} killed`);
    for (const ev of s.evidence) {
      const v = typeof ev.value === 'object' && ev.value !== null ? (ev.value as { name?: string }).name ?? JSON.stringify(ev.value) : String(ev.value);
      lines.push(`  ${ev.field.padEnd(14)} ${v.padEnd(32)} ${ev.quote ? `"${ev.quote}"` : `(${ev.basis})`}  [${ev.rule}]`);
    }
  }
  if (d.decisions?.length) {
    lines.push('', 'why these reports were joined:');
    for (const m of d.decisions) lines.push(`  ${m.articleId}#${m.eventIndex}  ${m.decision.padEnd(14)} ${m.reason}`);
  }
  if (d.claims.length) {
    lines.push('', 'claims:');
    for (const c of d.claims) lines.push(`  ${c.role.padEnd(9)} by ${c.claimant}: "${c.quote}"  (${c.articleId} ${c.span.start}-${c.span.end})`);
  }
  return lines.join('\n') + '\n';
}

export default defineCommand({
  meta: { name: 'show', description: 'Show one event with the evidence for every field and its claims' },
  args: {
    id: { type: 'positional', description: 'Event id (from `sitrep events`)', required: true },
    ...dbArg,
    format: { type: 'enum', options: ['text', 'json'], default: 'text', description: 'Output format' },
  },
  async run({ args }) {
    const store = openDb(args.db);
    try {
      const d = await store.getEvent(args.id);
      if (!d) throw new Error(`no event with id "${args.id}" in ${args.db}`);
      await writeOut(args.format === 'json' ? JSON.stringify(d, null, 2) + '\n' : renderDetail(d));
    } finally {
      await store.close();
    }
  },
});
