/**
 * Regional branches (`data/local/actor-branches.tsv`): a group news names the same everywhere
 * ("Islamic State") is coded as its branch in the country where the event happened ("Islamic
 * State (West Africa)" in Nigeria), as ACLED codes it; a row with a `from` date applies from that
 * day on (a group that became the state: the Taliban since 15 August 2021). Runs on resolved
 * events: the event's country and date are known only then. The actor keeps its evidence span;
 * the rule says why it changed.
 */
import { eventTypeOf, type Actor, type ActorKind, type ExtractedEvent, type Field } from '../../core/types.ts';
import type { Row } from '../lexicon.ts';
import { STATE } from './event-type.ts';

/** A branch, from a date on (null: always). */
interface Branch {
  actor: Actor;
  from: string | null;
}

/** Base actor name → event country → its branches, latest `from` first. */
export type Branches = Map<string, Map<string, Branch[]>>;

/** Compile the branch table; every branch must be a canonical actor (its kind and country come from there). */
export function compileBranches(rows: Row[], actors: Row[]): Branches {
  const known = new Map(actors.map((a) => [a.canonical!, a]));
  const out: Branches = new Map();
  rows.forEach((r, i) => {
    const branch = known.get(r.branch!);
    if (!known.has(r.actor!) || !branch) throw new Error(`actor-branches.tsv row ${i + 1}: "${known.has(r.actor!) ? r.branch : r.actor}" is not a canonical name in actors.tsv`);
    const from = r.from || null;
    if (from !== null && !/^\d{4}-\d{2}-\d{2}$/.test(from)) throw new Error(`actor-branches.tsv row ${i + 1}: from "${from}" is not a YYYY-MM-DD date`);
    let byCountry = out.get(r.actor!);
    if (!byCountry) out.set(r.actor!, (byCountry = new Map()));
    const list = byCountry.get(r.country!) ?? [];
    list.push({ actor: { name: branch.canonical!, kind: branch.kind as ActorKind, country: branch.country || null }, from });
    list.sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
    byCountry.set(r.country!, list);
  });
  return out;
}

/** The branch of `name` in `country` on `date`: the latest that had begun (an undated event takes only undated rows). */
function branchOf(branches: Branches, name: string, country: string, date: string | null): Actor | undefined {
  return branches.get(name)?.get(country)?.find((b) => b.from === null || (date !== null && b.from <= date))?.actor;
}

/**
 * The event with its actors (and claimants) replaced by their branch in the event's country on
 * its date. When the agent becomes a state's forces (the Taliban since August 2021), a detention
 * the type rules had called an abduction only because the agent was not a state is an arrest.
 */
export function applyBranches(ev: ExtractedEvent, branches: Branches, articleCountry: string | null): ExtractedEvent {
  const country = ev.place?.value.country ?? articleCountry;
  if (!country || branches.size === 0) return ev;
  const date = ev.date.value;
  const swap = (a: Field<Actor> | null): Field<Actor> | null => {
    const b = a && branchOf(branches, a.value.name, country, date);
    return b ? { ...a, value: b, rule: `${a.rule} actor-branches.tsv:${country}` } : a;
  };
  const actor1 = swap(ev.actor1);
  const actor2 = swap(ev.actor2);
  if (actor1 === ev.actor1 && actor2 === ev.actor2) return ev;
  const claims = ev.claims.map((c) => {
    const b = branchOf(branches, c.claimant, country, date);
    return b ? { ...c, claimant: b.name } : c;
  });
  const arrest = actor1 !== ev.actor1 && STATE.includes(actor1!.value.kind) && ev.subEventType.rule.endsWith('arrests+non-state-agent');
  if (!arrest) return { ...ev, actor1, actor2, claims };
  return {
    ...ev, actor1, actor2, claims,
    eventType: { ...ev.eventType, value: eventTypeOf('Arrests'), rule: 'arrests+state-branch' },
    subEventType: { ...ev.subEventType, value: 'Arrests', rule: ev.subEventType.rule.replace('arrests+non-state-agent', 'arrests+state-branch') },
  };
}
