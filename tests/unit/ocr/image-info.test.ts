import { describe, expect, it } from 'vitest';
import { imageInfo } from '../../../electron/services/ocr/image-info.ts';
import { grayTiff, pngHeader } from '../../helpers/text-image.ts';

function jpeg(width: number, height: number): Buffer {
  // SOI, an APP0 segment to skip, then SOF0 with the frame size.
  return Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, height >> 8, height & 255, width >> 8, width & 255, 0x01, 0x01, 0x11, 0x00]);
}

function webpLossless(width: number, height: number): Buffer {
  const b = Buffer.alloc(30);
  b.write('RIFF', 0, 'latin1');
  b.write('WEBPVP8L', 8, 'latin1');
  b[20] = 0x2f;
  const bits = (width - 1) | ((height - 1) << 14);
  b.writeUInt32LE(bits >>> 0, 21);
  return b;
}

describe('image headers', () => {
  it('reads format and size without decoding', () => {
    expect(imageInfo(pngHeader(1275, 1650))).toEqual({ format: 'png', width: 1275, height: 1650 });
    expect(imageInfo(jpeg(2480, 3508))).toEqual({ format: 'jpeg', width: 2480, height: 3508 });
    expect(imageInfo(grayTiff(3, 2, new Uint8Array(6)))).toEqual({ format: 'tiff', width: 3, height: 2 });
    expect(imageInfo(webpLossless(800, 600))).toEqual({ format: 'webp', width: 800, height: 600 });
  });

  it('refuses what is not an image or is cut before its size', () => {
    expect(imageInfo(Buffer.from('hello world'))).toBeNull();
    expect(imageInfo(pngHeader(10, 10).subarray(0, 12))).toBeNull();
    expect(imageInfo(jpeg(10, 10).subarray(0, 8))).toBeNull();
    expect(imageInfo(pngHeader(0, 10))).toBeNull();
  });
});
