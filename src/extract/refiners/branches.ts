/**
 * Regional branches (`data/local/actor-branches.tsv`): a group news names the same everywhere
 * ("Islamic State") is coded as its branch in the country where the event happened ("Islamic
 * State (West Africa)" in Nigeria), as ACLED codes it. Runs on resolved events: the event's
 * country is known only then. The actor keeps its evidence span; the rule says why it changed.
 */
import type { Actor, ActorKind, ExtractedEvent, Field } from '../../core/types.ts';
import type { Row } from '../lexicon.ts';

/** Base actor name → event country → branch actor. */
export type Branches = Map<string, Map<string, Actor>>;

/** Compile the branch table; every branch must be a canonical actor (its kind and country come from there). */
export function compileBranches(rows: Row[], actors: Row[]): Branches {
  const known = new Map(actors.map((a) => [a.canonical!, a]));
  const out: Branches = new Map();
  rows.forEach((r, i) => {
    const branch = known.get(r.branch!);
    if (!known.has(r.actor!) || !branch) throw new Error(`actor-branches.tsv row ${i + 1}: "${known.has(r.actor!) ? r.branch : r.actor}" is not a canonical name in actors.tsv`);
    let byCountry = out.get(r.actor!);
    if (!byCountry) out.set(r.actor!, (byCountry = new Map()));
    byCountry.set(r.country!, { name: branch.canonical!, kind: branch.kind as ActorKind, country: branch.country || null });
  });
  return out;
}

/** The event with its actors (and claimants) replaced by their branch in the event's country. */
export function applyBranches(ev: ExtractedEvent, branches: Branches, articleCountry: string | null): ExtractedEvent {
  const country = ev.place?.value.country ?? articleCountry;
  if (!country || branches.size === 0) return ev;
  const swap = (a: Field<Actor> | null): Field<Actor> | null => {
    const b = a && branches.get(a.value.name)?.get(country);
    return b ? { ...a, value: b, rule: `${a.rule} actor-branches.tsv:${country}` } : a;
  };
  const actor1 = swap(ev.actor1);
  const actor2 = swap(ev.actor2);
  if (actor1 === ev.actor1 && actor2 === ev.actor2) return ev;
  const claims = ev.claims.map((c) => {
    const b = branches.get(c.claimant)?.get(country);
    return b ? { ...c, claimant: b.name } : c;
  });
  return { ...ev, actor1, actor2, claims };
}
