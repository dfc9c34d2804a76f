// Crockford's base32: no I, L, O or U, and case doesn't matter, so a code
// read aloud or typed from a phone survives the usual slips.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LOOKALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };

/** Bytes as Crockford base32 digits, five bits each (the last one padded with zeros). */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The bytes of base32 digits (upper or lower case, O read as 0, I and L as
 * 1), or the index of the first character that can't be a digit.
 */
export function decodeBase32(text: string): { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; badIndex: number } {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const upper = text[i]!.toUpperCase();
    const value = ALPHABET.indexOf(LOOKALIKES[upper] ?? upper);
    if (value < 0) return { ok: false, badIndex: i };
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return { ok: true, bytes: new Uint8Array(out) };
}
