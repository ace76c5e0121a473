// The one way the web app talks to the server: JSON over fetch, same origin, session cookie.
import type { Lang } from '../i18n/messages.ts';

export interface ErrorDetail {
  path: string | (string | number)[];
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messages?: { vi?: string; en?: string },
    readonly details?: ErrorDetail[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type QueryValue = string | number | boolean | null | undefined;

export function buildQuery(params: Record<string, QueryValue> | undefined): string {
  if (!params) return '';
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

let onUnauthenticated: (() => void) | null = null;
/** Called when a request other than sign-in finds the session gone (401). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** A 401 here is expected (a prefetch before we know who is signed in): do not end the session. */
  quiet401?: boolean;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', query, body, signal, quiet401 } = options;
  let res: Response;
  try {
    res = await fetch(`/api${path}${buildQuery(query)}`, {
      method,
      credentials: 'include',
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'network', (err as Error).message);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let json: unknown = null;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  if (!res.ok) {
    const error = errorOf(res, json);
    if (res.status === 401 && !quiet401 && !path.startsWith('/auth/')) onUnauthenticated?.();
    throw error;
  }
  return json as T;
}

/** Sends a multipart form (file uploads) to the API, with the same error shape as `api()`. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method: 'POST', body: form, credentials: 'include' });
  } catch (err) {
    throw new ApiError(0, 'network', (err as Error).message);
  }
  const json = await res.json().catch(() => null);
  if (!res.ok) throw errorOf(res, json);
  return json as T;
}

/** The ApiError of a failed response, from the server's error body when it has one. */
function errorOf(res: Response, json: unknown): ApiError {
  const e = (
    json as {
      error?: {
        code?: string;
        message?: string;
        messages?: { vi?: string; en?: string };
        details?: ErrorDetail[];
      };
    } | null
  )?.error;
  return new ApiError(
    res.status,
    e?.code ?? `http_${res.status}`,
    e?.message ?? res.statusText,
    e?.messages,
    e?.details,
  );
}

/** The message to show a person, in their language, for any error thrown by `api`. */
export function errorText(err: unknown, lang: Lang, fallback: string, network: string): string {
  if (err instanceof ApiError) {
    if (err.status === 0) return network;
    return err.messages?.[lang] ?? err.messages?.vi ?? (err.message || fallback);
  }
  return fallback;
}
