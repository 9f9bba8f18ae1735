/**
 * Typed button data: one definition builds the string a button carries (`xy:VP7K3MQ`) and parses it
 * back, typed and checked, when the button is pressed. The wire format is `prefix[:field…]`, short on
 * purpose: Telegram allows 64 bytes of callback data. Hand-written rather than a schema library because
 * the format is a fixed regular language that a regex per button both validates and splits in one pass.
 */

/** One field of a button's data: its pattern on the wire and how to read and write it. */
export interface Field<T> {
  readonly pattern: string;
  decode(s: string): T;
  encode(v: T): string;
}

/** Telegram's limit on callback data, in bytes; the strictest of the platforms. */
export const MAX_BUTTON_DATA_BYTES = 64;

const text = (pattern: string): Field<string> => ({ pattern, decode: (s) => s, encode: (v) => v });

/** A product sku (`KL-XANH`). */
export const sku = text('[A-Z0-9-]{1,32}');
/** An order code (`VP7K3MQ`). */
export const orderCode = text('[A-Z0-9]{4,12}');
/** A household key (`ho-lan`). */
export const householdKey = text('[a-z0-9-]{1,63}');
/** A whole number of at most `digits` digits. */
export const wholeNumber = (digits: number): Field<number> => ({ pattern: `\\d{1,${digits}}`, decode: Number, encode: (v) => String(v) });
/** A quantity in the product's unit, up to three decimals (`1.5`). */
export const quantity: Field<number> = { pattern: '\\d{1,4}(?:\\.\\d{1,3})?', decode: Number, encode: (v) => String(v) };
/** One of a fixed set of words. */
export const oneOf = <const T extends string>(...values: T[]): Field<T> => ({ pattern: `(?:${values.map((v) => v.replace(/[-+]/g, '\\$&')).join('|')})`, decode: (s) => s as T, encode: (v) => v });
/** Free text matching `pattern` (a start parameter, a status name). */
export const matching = (pattern: string): Field<string> => text(pattern);

type Fields = Record<string, Field<unknown>>;
/** The typed arguments a set of fields reads to. */
export type ArgsOf<F extends Fields> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };

const UTF8 = new TextEncoder();

/** Builds and reads one kind of button data. */
export interface ButtonCodec<A> {
  readonly prefix: string;
  /** The data string for these arguments; throws if it would not parse back or exceeds 64 bytes. */
  data(args: A): string;
  /** The arguments in `data`, or null when it is not this button's data. */
  parse(data: string): A | null;
}

/** Defines a button kind by its prefix and its fields, in wire order. */
export function defineButton(prefix: string): ButtonCodec<Record<string, never>>;
export function defineButton<F extends Fields>(prefix: string, fields: F): ButtonCodec<ArgsOf<F>>;
export function defineButton<F extends Fields>(prefix: string, fields?: F): ButtonCodec<ArgsOf<F>> {
  if (!/^[a-z]{1,3}$/.test(prefix)) throw new Error(`button prefix "${prefix}": one to three lower-case letters`);
  const entries = Object.entries(fields ?? {}) as [keyof F & string, Field<unknown>][];
  const re = new RegExp(`^${prefix}${entries.map(([, f]) => `:(${f.pattern})`).join('')}$`);
  const codec: ButtonCodec<ArgsOf<F>> = {
    prefix,
    parse(data) {
      const m = re.exec(data);
      if (!m) return null;
      return Object.fromEntries(entries.map(([k, f], i) => [k, f.decode(m[i + 1]!)])) as ArgsOf<F>;
    },
    data(args) {
      const s = [prefix, ...entries.map(([k, f]) => f.encode((args as Record<string, unknown>)[k]))].join(':');
      // A UTF-16 unit is at most 3 bytes of UTF-8: short data (every button Gom sends) needs no encoding to check.
      if (s.length * 3 > MAX_BUTTON_DATA_BYTES && UTF8.encode(s).length > MAX_BUTTON_DATA_BYTES) throw new Error(`button data "${s}" is over ${MAX_BUTTON_DATA_BYTES} bytes`);
      if (!re.test(s)) throw new Error(`button data "${s}" does not match its own definition ${re.source}`);
      return s;
    },
  };
  return codec;
}
