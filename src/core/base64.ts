// Bytes to base64 text and back (RFC 4648 §4), for photos carried in text: vCard PHOTO, a mirror file.

/** The bytes of base64 text (white space ignored), or undefined when it is not base64. */
export function bytesOfBase64(text: string): Uint8Array | undefined {
  try {
    const binary = atob(text.replace(/\s+/g, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch (error) {
    if (error instanceof DOMException || error instanceof Error) return undefined;
    throw error;
  }
}

const CHUNK = 0x8000;

export function base64OfBytes(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}
