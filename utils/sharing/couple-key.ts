/** The couple's key is 256 bits of AES-GCM, the same on both browsers. */
export const COUPLE_KEY_BYTES = 32;

/** A fresh random key for a new couple, as raw bytes (for the pairing code). */
export function newCoupleKeyBytes(): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(COUPLE_KEY_BYTES));
}

/**
 * The CryptoKey for raw key bytes. Not extractable: once imported, the key's
 * bytes can't be read back out of WebCrypto; the pairing code keeps them.
 */
export async function importCoupleKey(bytes: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  if (bytes.length !== COUPLE_KEY_BYTES) throw new RangeError(`A couple key has ${COUPLE_KEY_BYTES} bytes, not ${bytes.length}.`);
  return crypto.subtle.importKey('raw', bytes, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}
