// Tiny, valid PNG images (PNG spec, ISO/IEC 15948) for seeded contact photos: a solid colour square with a
// lighter centre, generated in memory so the repository carries no binary fixtures.
import { crc32, deflateSync } from 'node:zlib';
import type { StoredPhoto } from '../store/records.js';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function makePng(size: number, rgb: readonly [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      const centre = Math.abs(x - size / 2) < size / 4 && Math.abs(y - size / 2) < size / 4;
      rgb.forEach((c, i) => {
        row[1 + x * 3 + i] = centre ? Math.min(255, c + 80) : c;
      });
    }
    rows.push(row);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const photoCache = new Map<number, StoredPhoto>();

export function seedPhoto(index: number): StoredPhoto {
  const cached = photoCache.get(index % 5);
  if (cached) return cached;
  const palette: readonly (readonly [number, number, number])[] = [[0, 120, 212], [16, 124, 16], [216, 59, 1], [135, 100, 184], [0, 153, 188]];
  const size = 48;
  const photo = { contentType: 'image/png', data: makePng(size, palette[index % palette.length] as [number, number, number]).toString('base64'), width: size, height: size };
  photoCache.set(index % 5, photo);
  return photo;
}

/** Width and height of a PNG or JPEG, or zeros when the format is not recognised. */
export function imageSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47) return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let at = 2;
    while (at + 9 < bytes.length && bytes[at] === 0xff) {
      const marker = bytes[at + 1] as number;
      const length = bytes.readUInt16BE(at + 2);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) };
      at += 2 + length;
    }
  }
  return { width: 0, height: 0 };
}
