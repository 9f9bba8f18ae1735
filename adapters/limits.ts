import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorJson } from './http-errors.ts';

/**
 * Largest request bodies Gom accepts, checked before the body is read (Content-Length) or while it
 * streams in (chunked): a platform update or a bank notification is a few kilobytes, so 1 MB leaves a wide
 * margin; the simulator and the admin API take small JSON only.
 */
export const BODY_LIMITS = { webhook: 1024 * 1024, small: 64 * 1024 } as const;

/** Refuses a body larger than `maxSize` bytes with 413 and the contract's JSON error, reading no more of it. */
export function limitBody(maxSize: number): MiddlewareHandler {
  const tooLarge = (c: Context) => errorJson(c, 413, 'payload_too_large', `request body larger than ${maxSize} bytes`);
  const streamed = bodyLimit({ maxSize, onError: tooLarge });
  return (c, next) => {
    // The common case decided from the headers alone, as hono's bodyLimit decides it: hono's middleware first
    // asks for `request.body`, which makes @hono/node-server build a full web Request with a ReadableStream
    // (a large share of a chat turn's CPU under load); reading the body later does not need that stream.
    const method = c.req.method;
    if (method === 'GET' || method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) return parseInt(length || '0', 10) > maxSize ? Promise.resolve(tooLarge(c)) : next();
    // Chunked (or no length): counted while it streams in, and cut off past the limit.
    return streamed(c, next);
  };
}

/** How deeply a webhook's JSON may nest; real payloads of every platform Gom speaks stay under 10. */
export const MAX_JSON_DEPTH = 64;

/** Thrown by `parseJsonBounded` for text that is not JSON or nests too deeply. */
export class JsonBodyError extends Error {
  override readonly name = 'JsonBodyError';
}

/**
 * `JSON.parse`, after a linear scan (no recursion) that refuses nesting deeper than `maxDepth`: code that
 * walks parsed values recursively (signature canonicalisation, validation) then cannot overflow the stack.
 */
export function parseJsonBounded(text: string, maxDepth = MAX_JSON_DEPTH): unknown {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > maxDepth) throw new JsonBodyError(`JSON nests deeper than ${maxDepth} levels`);
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new JsonBodyError('body is not JSON');
  }
}

/**
 * The raw text of a top-level scalar member of a JSON object (`{"timestamp":"1699…", …}` → `1699…`),
 * found by one linear scan without parsing: what a signature check needs before the body is trusted enough
 * to parse. Undefined when the member is missing, not a scalar, or the text is not an object.
 */
export function topLevelScalar(text: string, key: string): string | undefined {
  let depth = 0;
  let i = 0;
  const n = text.length;
  const readString = (from: number): [string, number] | undefined => {
    let out = '';
    for (let j = from + 1; j < n; j++) {
      const ch = text[j]!;
      if (ch === '\\') {
        out += text.slice(j, j + 2);
        j++;
      } else if (ch === '"') return [out, j + 1];
      else out += ch;
    }
    return undefined;
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"') {
      const s = readString(i);
      if (!s) return undefined;
      i = s[1];
      if (depth !== 1) continue;
      let j = i;
      while (j < n && /\s/.test(text[j]!)) j++;
      if (text[j] !== ':') continue; // a value, not a key
      if (s[0] !== key) continue;
      j++;
      while (j < n && /\s/.test(text[j]!)) j++;
      if (text[j] === '"') return readString(j)?.[0];
      const num = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(j, j + 40));
      return num?.[0];
    }
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    i++;
  }
  return undefined;
}
