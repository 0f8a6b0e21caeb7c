/** The OpenAPI 3.1 description of the API, hand-written. */
import { EVENT_TYPES } from '../core/types.ts';
import { EXPORT_LIMITS, LIST_LIMITS } from './routes-events.ts';
import { SORTS } from './params.ts';

const q = (name: string, description: string, schema: object = { type: 'string' }): object => ({ name, in: 'query', required: false, description, schema });

const FILTERS = [
  q('since', 'Events on or after this day', { type: 'string', format: 'date' }),
  q('until', 'Events on or before this day', { type: 'string', format: 'date' }),
  q('bbox', 'minLon,minLat,maxLon,maxLat (minLon > maxLon crosses the antimeridian)', { type: 'string', example: '32,15,33,16' }),
  q('type', `Event type (${EVENT_TYPES.join(', ')}) or sub-event type, case-insensitive`),
  q('actor', 'Substring of actor1 or actor2, case-insensitive'),
  q('country', 'Country name or ISO2 code'),
  q('q', 'Text: substring of location, admin1, actors, or a source article title/text'),
  q('min_fatalities', 'At least this many (best-estimate) fatalities', { type: 'integer', minimum: 0 }),
  q('background', 'Include events mentioned only as background (default false)', { type: 'boolean' }),
];
const page = (l: { default: number; max: number }): object[] => [
  q('limit', `Page size (default ${l.default}, max ${l.max})`, { type: 'integer', minimum: 0, maximum: l.max, default: l.default }),
  q('offset', 'Rows to skip', { type: 'integer', minimum: 0, default: 0 }),
  q('sort', 'Order', { type: 'string', enum: SORTS, default: '-date' }),
];
const ref = (name: string): object => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description = 'OK'): object => ({ description, content: { 'application/json': { schema } } });
const err = (description: string): object => json(ref('Error'), description);
const id = (name: string): object => ({ name, in: 'path', required: true, schema: { type: 'string' } });

/** Build the OpenAPI document served at `/api/openapi.json`. */
export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'sitrep API', version: '0.1.0', description: 'Structured, source-attributed, geocoded conflict events extracted from news articles.' },
    paths: {
      '/api/events': { get: { summary: 'List events (paginated)', parameters: [...FILTERS, ...page(LIST_LIMITS)], responses: { 200: json(ref('EventPage')), 400: err('Invalid parameter') } } },
      '/api/events.geojson': { get: { summary: 'Events as a GeoJSON FeatureCollection (located events only); X-Total-Count header', parameters: [...FILTERS, ...page(EXPORT_LIMITS)], responses: { 200: { description: 'OK', content: { 'application/geo+json': { schema: { type: 'object' } } } }, 400: err('Invalid parameter') } } },
      '/api/events.csv': { get: { summary: 'Events as ACLED-style CSV; X-Total-Count header', parameters: [...FILTERS, ...page(EXPORT_LIMITS)], responses: { 200: { description: 'OK', content: { 'text/csv': { schema: { type: 'string' } } } }, 400: err('Invalid parameter') } } },
      '/api/events/{id}': { get: { summary: 'One event with sources, per-field evidence spans, claims, and fatalities low/best/high', parameters: [id('id')], responses: { 200: json({ type: 'object' }), 404: err('No such event') } } },
      '/api/stats': { get: { summary: 'Counts by day, day × type, type and country for the filters', parameters: FILTERS, responses: { 200: json(ref('Stats')), 400: err('Invalid parameter') } } },
      '/api/articles/{id}': { get: { summary: 'Article text with the evidence spans of its events and framing flags', parameters: [id('id')], responses: { 200: json({ type: 'object' }), 404: err('No such article') } } },
      '/api/articles': {
        post: {
          summary: 'Ingest articles: a JSON record {id, date, text, title?, url?, source?, lang?}, a JSON array of them, or JSONL',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { oneOf: [ref('ArticleIn'), { type: 'array', items: ref('ArticleIn') }] } }, 'application/x-ndjson': { schema: { type: 'string' } } } },
          responses: {
            200: json(ref('IngestSummary')), 400: err('Empty body'), 401: err('Missing or wrong token'),
            403: err('Ingest disabled (no SITREP_TOKEN)'), 413: err('Body too large (5 MB)'), 422: json(ref('IngestSummary'), 'Every article was rejected'),
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }) } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' }, parameter: { type: 'string', description: 'The parameter at fault' } } },
        EventPage: { type: 'object', properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, events: { type: 'array', items: { type: 'object' } } } },
        Stats: {
          type: 'object',
          properties: {
            total: { type: 'integer' }, fatalities: { type: 'integer' },
            byDay: { type: 'array', items: { type: 'object', properties: { date: { type: 'string' }, count: { type: 'integer' }, fatalities: { type: 'integer' } } } },
            byDayType: { type: 'array', items: { type: 'object', properties: { date: { type: 'string' }, type: { type: 'string' }, count: { type: 'integer' } } } },
            byType: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' }, count: { type: 'integer' } } } },
            byCountry: { type: 'array', items: { type: 'object', properties: { country: { type: 'string' }, iso2: { type: ['string', 'null'] }, count: { type: 'integer' } } } },
          },
        },
        ArticleIn: { type: 'object', required: ['id', 'text'], properties: { id: { type: ['string', 'integer'] }, date: { type: ['string', 'null'] }, text: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, source: { type: 'string' }, lang: { type: 'string' } } },
        IngestSummary: {
          type: 'object',
          properties: {
            read: { type: 'integer' }, inserted: { type: 'integer' }, updated: { type: 'integer' }, duplicates: { type: 'integer' }, events: { type: 'integer' },
            rejected: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, line: { type: 'integer' }, message: { type: 'string' } } } },
          },
        },
      },
    },
  };
}
