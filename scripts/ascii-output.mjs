// Makes a minified bundle pure ASCII. esbuild's default `charset: 'ascii'` escapes strings, templates and
// identifiers but leaves regular-expression literals as written (evanw/esbuild#4205), and the engine's
// regexes are full of Chinese. One non-ASCII character makes V8 read the whole 2.4 MB bundle as UTF-8 into
// a two-byte string: on this machine ~30 ms to read instead of ~3 ms, and twice the heap for the source
// every lazily compiled function is parsed from.
//
// Only for output without a source map (escapes move columns). After esbuild, such characters are left
// only in regex literals (and legal comments, where an escape is harmless): there `\uXXXX` means the same
// code unit with or without the u flag, a surrogate pair of escapes is one code point under u, and an
// identity escape `\中` (non-u only) becomes the plain escape.

/** `code` with every character above U+007F written as \uXXXX (UTF-16 code units). */
export function asciiOutput(code) {
  return code.replace(/(\\*)([^\x00-\x7f])/gu, (_, slashes, char) => {
    const units = Array.from({ length: char.length }, (_, i) => char.charCodeAt(i));
    const escaped = units.map((u) => `\\u${u.toString(16).toUpperCase().padStart(4, '0')}`).join('');
    // An odd run of backslashes escapes the character itself: the \u escape takes that backslash's place.
    return (slashes.length % 2 ? slashes.slice(1) : slashes) + escaped;
  });
}
