// ACLED event types, their sub-event types, and the colour of each type on the map and timeline.

/** @type {Record<string, string[]>} */
export const TAXONOMY = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': ['Chemical weapon', 'Air/drone strike', 'Suicide bomb', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade'],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': ['Agreement', 'Arrests', 'Change to group/activity', 'Disrupted weapons use', 'Headquarters or base established', 'Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
};

/** @type {Record<string, string>} */
export const TYPE_COLORS = {
  Battles: '#d62728',
  'Explosions/Remote violence': '#ff7f0e',
  'Violence against civilians': '#9467bd',
  Protests: '#2ca02c',
  Riots: '#8c564b',
  'Strategic developments': '#1f77b4',
};

/** Colour for an event type (grey when unknown). @param {string} type */
export function colorOf(type) {
  return TYPE_COLORS[type] ?? '#7f7f7f';
}

/** CSS class for an event type (colour swatches in the legend/table, no inline styles). @param {string} type */
export function typeClass(type) {
  const i = Object.keys(TYPE_COLORS).indexOf(type);
  return i < 0 ? 't-other' : `t-${i}`;
}
