import type { Diagnosis, RenderedMessage } from '../core/types';
import type { RepeatNote } from '../history/history';

/**
 * The one message the content script sends: "analyze this opened message". The full analyzer and its
 * knowledge base live in the background script so that every webmail tab carries only the small
 * pre-check, adapters and panel (the content-script size budget is 40 KB gzip); the text never
 * leaves the browser.
 */
export const ANALYZE_REQUEST = 'bounce-lens:analyze';

export interface AnalyzeRequest {
  type: typeof ANALYZE_REQUEST;
  message: RenderedMessage;
  /** The language the panel speaks (its advice is written in it); English when absent. */
  language?: string;
}

/**
 * The panel's strings in a language the user chose over the browser's own: the content script cannot read
 * the extension's files itself without exposing them to the page (web_accessible_resources).
 */
export const MESSAGES_REQUEST = 'bounce-lens:messages';

export interface MessagesRequest {
  type: typeof MESSAGES_REQUEST;
  language: string;
}

export function isMessagesRequest(value: unknown): value is MessagesRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { type, language } = value as { type?: unknown; language?: unknown };
  return type === MESSAGES_REQUEST && typeof language === 'string' && /^[a-z]{2}$/.test(language);
}

/**
 * The answer: the diagnosis, plus for a bounce what the recent-bounces history says about earlier ones
 * from the same recipient domain (absent when it says nothing). Still a Diagnosis to anyone who ignores it.
 */
export type AnalyzeAnswer = Diagnosis & { repeat?: RepeatNote };

const optionalString = (v: unknown) => v === undefined || v === null || typeof v === 'string';

export function isAnalyzeRequest(value: unknown): value is AnalyzeRequest {
  if (typeof value !== 'object' || value === null) return false;
  const { type, message } = value as { type?: unknown; message?: unknown };
  if (type !== ANALYZE_REQUEST || typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  const language = (value as { language?: unknown }).language;
  if (language !== undefined && typeof language !== 'string') return false;
  return typeof m.text === 'string' && optionalString(m.subject) && optionalString(m.from) && optionalString(m.date) &&
    (m.truncated === undefined || typeof m.truncated === 'boolean');
}
