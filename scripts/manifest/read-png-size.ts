// Reads the pixel size of a PNG from its header (signature, then the IHDR chunk: width and height, big-endian).
// Source: PNG specification (W3C, 3rd edition), sections 5.2 "PNG signature" and 11.2.2 "IHDR Image header".

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IHDR = 'IHDR';
export const PNG_HEADER_BYTES = 24;

export interface PixelSize {
  readonly widthPx: number;
  readonly heightPx: number;
}

/** Width and height of a PNG, or undefined when the bytes do not start with a PNG signature and IHDR chunk. */
export function readPngSize(bytes: Uint8Array): PixelSize | undefined {
  if (bytes.length < PNG_HEADER_BYTES) return undefined;
  if (!PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return undefined;
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== IHDR) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { widthPx: view.getUint32(16), heightPx: view.getUint32(20) };
}
