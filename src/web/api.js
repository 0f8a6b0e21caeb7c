// Fetching from the sitrep API. Filters are the dashboard's state, sent as query parameters.

/**
 * @typedef {{ type?: string, country?: string, actor?: string, q?: string, since?: string, until?: string, bbox?: string }} Filters
 */

/** Query string from filters plus extras, skipping empty values. @param {Filters} f @param {Record<string, string|number>} [extra] */
export function queryString(f, extra = {}) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...f, ...extra })) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** GET JSON, throwing the API's error message on failure. @param {string} url @param {AbortSignal} [signal] */
export async function getJson(url, signal) {
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error ?? `${res.status} ${res.statusText}`);
  return body;
}

/**
 * A fetcher that aborts its previous request when called again (so slow answers to stale
 * filters never overwrite fresh ones). Resolves to null when superseded.
 */
export function latest() {
  /** @type {AbortController|null} */
  let ctl = null;
  return async (/** @type {string} */ url) => {
    ctl?.abort();
    const mine = (ctl = new AbortController());
    try {
      return await getJson(url, mine.signal);
    } catch (e) {
      if (mine.signal.aborted) return null;
      throw e;
    }
  };
}
