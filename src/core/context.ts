/**
 * The context every stage receives: the article, its reference date and a lazy trace sink.
 * Nothing inside a stage reads the clock or the environment; all of it comes through here.
 */
import type { Article } from './types.ts';

export interface TraceEntry {
  stage: string;
  message: string;
}

export interface Ctx {
  article: Article;
  /** The day relative phrases ("early Monday", "yesterday") are resolved against; null when unknown. */
  refDate: string | null;
  /** Lazy tracing (chrono's `context.debug(() => …)`): the block runs only when someone listens. */
  trace(stage: string, message: () => string): void;
}

/** Build a context; pass `sink` to collect the trace (used by `sitrep explain` and failing tests). */
export function createCtx(article: Article, sink?: TraceEntry[]): Ctx {
  return {
    article,
    refDate: article.date,
    trace: sink ? (stage, message) => sink.push({ stage, message: message() }) : () => {},
  };
}
