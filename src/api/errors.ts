/** Errors the API turns into JSON responses. */

/** A client error: becomes `{ error, parameter? }` with `status` (400 unless told). */
export class ApiError extends Error {
  override name = 'ApiError';
  /** HTTP status code. */
  readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 503;
  /** The query parameter (or body field) at fault, when there is one. */
  readonly parameter?: string;

  constructor(message: string, opts: { status?: ApiError['status']; parameter?: string } = {}) {
    super(message);
    this.status = opts.status ?? 400;
    if (opts.parameter !== undefined) this.parameter = opts.parameter;
  }

  /** The JSON body for this error. */
  toJSON(): { error: string; parameter?: string } {
    return this.parameter === undefined ? { error: this.message } : { error: this.message, parameter: this.parameter };
  }
}
