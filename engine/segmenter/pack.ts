/**
 * A flat file of named typed arrays, strings and numbers: the segmenter's dictionary, the typo lexicon and the
 * HMM, built once at build time and loaded as typed arrays (no parsing, no object per word). The layout: a
 * little-endian uint32 with the header's length, the header as JSON (numbers, and where each array is), then
 * each array 8-byte aligned. Strings are stored as arrays of UTF-16 code units: the dictionary text (700,000
 * characters) decoded from there costs a few milliseconds, as a JSON string in the header ~20.
 */
export type PackedArray = Int32Array | Uint32Array | Uint16Array | Uint8Array | Float64Array;
export type Pack = Record<string, PackedArray | number | string>;

const TYPES = { Int32Array, Uint32Array, Uint16Array, Uint8Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;
/** A number in the header, or where an array is (`text`: code units of a string). */
type Entry = { value: number } | { type: TypeName; offset: number; length: number; text?: true };

const align = (n: number) => Math.ceil(n / 8) * 8;
const typeOf = (array: PackedArray): TypeName => array.constructor.name as TypeName;

/** A string's UTF-16 code units; a lone surrogate is refused, as the UTF-16 decoder would not keep it. */
function codeUnits(text: string): Uint16Array {
  if (/\p{Cs}/u.test(text)) throw new Error('pack: a string with a lone surrogate cannot be stored');
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

export function writePack(pack: Pack): Uint8Array {
  const header: Record<string, Entry> = {};
  const arrays: [{ offset: number }, PackedArray][] = [];
  let size = 0;
  for (const [name, value] of Object.entries(pack)) {
    if (typeof value === 'number') header[name] = { value };
    else {
      const array = typeof value === 'string' ? codeUnits(value) : value;
      const entry = { type: typeOf(array), offset: size, length: array.length, ...(typeof value === 'string' && { text: true as const }) };
      header[name] = entry;
      arrays.push([entry, array]);
      size = align(size + array.byteLength);
    }
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align(4 + json.length);
  const bytes = new Uint8Array(start + size);
  new DataView(bytes.buffer).setUint32(0, json.length, true);
  bytes.set(json, 4);
  for (const [entry, array] of arrays) bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), start + entry.offset);
  return bytes;
}

/**
 * The pack in `bytes`; throws on a malformed file. `copy`: each array copied out, so `bytes` can go (see
 * dictionary-text.ts for which processes do which), else views over `bytes`.
 */
export function readPack(bytes: Uint8Array, copy = true): Pack {
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  const length = new DataView(buffer.buffer, buffer.byteOffset).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(buffer.subarray(4, 4 + length))) as Record<string, Entry>;
  const start = align(4 + length);
  const pack: Pack = {};
  for (const [name, entry] of Object.entries(header)) {
    if ('value' in entry) pack[name] = entry.value;
    else {
      const Type = TYPES[entry.type];
      const at = buffer.byteOffset + start + entry.offset;
      if (!Type || at + entry.length * Type.BYTES_PER_ELEMENT > buffer.byteOffset + buffer.byteLength)
        throw new Error(`词典文件已损坏（${name}）`);
      const view = new Type(buffer.buffer as ArrayBuffer, at, entry.length);
      const array = copy ? view.slice() : view;
      pack[name] = entry.text ? new TextDecoder('utf-16le').decode(array) : array;
    }
  }
  return pack;
}

/** `parts` (the fields of one stored object) as entries of a pack, each name behind `prefix`. */
export function packed(prefix: string, parts: object): Pack {
  return Object.fromEntries(Object.entries(parts).map(([name, value]) => [prefix + name, value]));
}

/** The fields packed() stored behind `prefix`, as the object they came from. */
export function unpacked<T>(pack: Pack, prefix: string): T {
  const parts: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(pack)) if (name.startsWith(prefix)) parts[name.slice(prefix.length)] = value;
  return parts as T;
}
