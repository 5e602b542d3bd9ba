// Pictures for the bundled demo article, drawn on request by the demo server (no binary files in the
// repo): simple landscape scenes, enough to show figures, captions and credits in the reader.
import { encodePng } from './png';

type Rgb = readonly [number, number, number];

interface Scene {
  sky: [Rgb, Rgb];
  ground: [Rgb, Rgb];
  horizon: number;
  sun: { x: number; y: number; r: number; colour: Rgb };
  /** Sine hills on the horizon: amplitude and frequency. */
  hills: [number, number];
}

const SCENES: Record<string, Scene> = {
  harbour: {
    sky: [
      [0x8e, 0xc5, 0xe8],
      [0xf6, 0xd8, 0xa8],
    ],
    ground: [
      [0x2f, 0x6f, 0x8f],
      [0x16, 0x3d, 0x55],
    ],
    horizon: 0.62,
    sun: { x: 0.72, y: 0.42, r: 0.07, colour: [0xff, 0xf1, 0xc4] },
    hills: [0.02, 9],
  },
  ferry: {
    sky: [
      [0x5b, 0x7d, 0x9c],
      [0xc9, 0xd6, 0xdf],
    ],
    ground: [
      [0x4a, 0x63, 0x48],
      [0x2a, 0x3a, 0x28],
    ],
    horizon: 0.55,
    sun: { x: 0.2, y: 0.25, r: 0.05, colour: [0xf0, 0xf0, 0xe8] },
    hills: [0.08, 3],
  },
  market: {
    sky: [
      [0xf2, 0x9e, 0x6b],
      [0xfb, 0xe1, 0xb6],
    ],
    ground: [
      [0x8a, 0x5a, 0x3c],
      [0x4f, 0x32, 0x22],
    ],
    horizon: 0.66,
    sun: { x: 0.5, y: 0.6, r: 0.11, colour: [0xff, 0xd2, 0x8a] },
    hills: [0.03, 5],
  },
};

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** A PNG of the named scene, or null for an unknown name. */
export function demoImage(name: string, width = 960, height = 540): Uint8Array | null {
  const scene = SCENES[name];
  if (!scene) return null;
  const rgba = new Uint8Array(width * height * 4);
  const aspect = width / height;
  for (let y = 0; y < height; y++) {
    const v = y / height;
    for (let x = 0; x < width; x++) {
      const u = x / width;
      const line = scene.horizon - scene.hills[0] * Math.abs(Math.sin(u * scene.hills[1]));
      let colour: Rgb;
      if (v < line) {
        colour = mix(scene.sky[0], scene.sky[1], v / line);
        const dx = (u - scene.sun.x) * aspect;
        const dy = v - scene.sun.y;
        const distance = Math.sqrt(dx * dx + dy * dy);
        if (distance < scene.sun.r) colour = scene.sun.colour;
        else if (distance < scene.sun.r * 2)
          colour = mix(scene.sun.colour, colour, (distance - scene.sun.r) / scene.sun.r);
      } else {
        colour = mix(scene.ground[0], scene.ground[1], (v - line) / (1 - line));
        // Ripples on the lower part so the picture is not a flat gradient.
        const ripple = Math.sin(x * 0.15 + y * 0.9) * 6 * ((v - line) / (1 - line));
        colour = [colour[0] + ripple, colour[1] + ripple, colour[2] + ripple];
      }
      const offset = (y * width + x) * 4;
      rgba[offset] = Math.max(0, Math.min(255, Math.round(colour[0])));
      rgba[offset + 1] = Math.max(0, Math.min(255, Math.round(colour[1])));
      rgba[offset + 2] = Math.max(0, Math.min(255, Math.round(colour[2])));
      rgba[offset + 3] = 255;
    }
  }
  return encodePng(width, height, rgba);
}
