/** `sitrep explain FILE`: every stage's output for one article and the rule behind each field. */
import { defineCommand } from 'citty';
import { createEngine } from '../../app/pipeline.ts';
import type { Analysis } from '../../extract/extractor.ts';
import { readArticles } from '../../read/index.ts';
import { dayArg, writeOut } from '../_shared.ts';

const q = (text: string, s: { start: number; end: number } | null) => (s ? `"${text.slice(s.start, s.end)}"@${s.start}` : '(no span)');

export function renderAnalysis(a: Analysis): string {
  const { article, events, framing } = a.extraction;
  const t = article.text;
  const out = [`article ${article.id}  date ${article.date ?? 'unknown'}  (${article.origin.path})`, '', '== sentences and mentions'];
  for (const s of a.sentences) {
    const m = s.mentions;
    out.push(`[${s.sentence.index}] p${s.sentence.paragraph} ${s.sentence.text.slice(0, 110)}${s.sentence.text.length > 110 ? '…' : ''}`);
    for (const x of m.triggers) out.push(`    trigger  ${q(t, x.span)} → ${x.subEventType}${x.weapon ? ` / ${x.weapon}` : ''} w${x.weight}${x.unreal ? ' UNREAL' : ''} [${x.rule}]`);
    for (const x of m.actors) out.push(`    actor    ${q(t, x.span)} → ${x.actor.name} (${x.actor.kind}, ${x.roleHint}) [${x.rule}]`);
    for (const x of s.places) out.push(`    place    ${q(t, x.span)} → ${x.candidates[0] ? `${x.candidates[0].name}, ${x.candidates[0].country} p${x.candidates[0].precision}` : 'unresolved'}${x.qualifier ? ` (${x.qualifier})` : ''}`);
    for (const x of m.casualties) out.push(`    casualty ${q(t, x.span)} → ${x.kind} ${x.count ?? 'unknown'} [${x.rule}]`);
    for (const x of m.dates) out.push(`    date     ${q(t, x.span)} → ${x.date} (${x.precision}) [${x.rule}]`);
    for (const x of m.cues) out.push(`    cue      ${q(t, x.span)} → ${x.role} [${x.rule}]`);
    if (m.background) out.push(`    background marker ${q(t, m.background)}`);
  }
  out.push('', '== candidates');
  a.candidates.forEach((c, i) => out.push(`candidate ${i}: trigger sentences ${c.triggerSentences.map((s) => s.sentence.index).join(',')}; detail sentences ${c.detailSentences.map((s) => s.sentence.index).join(',') || '-'}${c.background ? '; background' : ''}`));
  out.push('', '== events');
  for (const e of events) {
    out.push(`event ${e.index}${e.background ? ' (background)' : ''}  certainty ${e.certainty}`);
    const fields: [string, { value: unknown; span: { start: number; end: number } | null; rule: string; basis: string } | null][] = [
      ['date', e.date], ['event_type', e.eventType], ['sub_event_type', e.subEventType], ['actor1', e.actor1], ['actor2', e.actor2],
      ['place', e.place], ['weapon', e.weapon], ['fatalities', e.fatalities], ['injured', e.injured],
    ];
    for (const [name, f] of fields) {
      const v = f ? (typeof f.value === 'object' && f.value ? (f.value as { name?: string }).name : f.value) : null;
      out.push(`    ${name.padEnd(15)} ${String(v ?? '-').padEnd(36)} ${f ? `${q(t, f.span)} [${f.rule}] ${f.basis}` : ''}`);
    }
    for (const c of e.claims) out.push(`    claim          ${c.role} by ${c.claimant}: "${c.statement.slice(0, 80)}"`);
  }
  out.push('', '== framing (flagged, never copied into event fields)');
  for (const f of framing) out.push(`    ${q(t, f.span)} ${f.category}`);
  if (a.trace.length) out.push('', '== trace', ...a.trace.map((x) => `    ${x.stage}: ${x.message}`));
  return out.join('\n') + '\n';
}

export default defineCommand({
  meta: { name: 'explain', description: "Show every stage's output for one article and the rule that produced each field" },
  args: {
    file: { type: 'positional', description: 'An article file (the first article of a JSONL/feed file; use --id to pick another)', required: true },
    id: { type: 'string', description: 'Article id to explain within a multi-article file' },
    date: { type: 'string', description: 'Article date (YYYY-MM-DD) for plain text without a date header' },
  },
  async run({ args }) {
    const engine = createEngine();
    for await (const item of readArticles([args.file], { date: dayArg('date', args.date) })) {
      if (!item.ok) {
        if (args.id) continue;
        throw new Error(`${item.error.path}${item.error.line ? `:${item.error.line}` : ''}: ${item.error.message}`);
      }
      if (args.id && item.article.id !== args.id) continue;
      await writeOut(renderAnalysis(engine.extractor.analyse(item.article)));
      return;
    }
    throw new Error(args.id ? `no article with id "${args.id}" in ${args.file}` : `no article in ${args.file}`);
  },
});
