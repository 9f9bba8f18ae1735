import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

/**
 * `npx tsx scripts/demo-photos.ts`: draws the demo shop's product photos (data/images/*.jpg) as SVG
 * — silk in each product's colour with a woven pattern, folds and a soft shadow on a linen table — and
 * renders them to small JPEGs with sharp. The pictures are the project's own drawings (no stock photos,
 * nothing to license), small enough to ship in the repository. Run it again after changing a drawing;
 * the output is deterministic for a given sharp version.
 */

const OUT = fileURLToPath(new URL('../data/images/', import.meta.url));
const SIZE = 640;

interface Silk {
  base: string;
  light: string;
  dark: string;
  motif: string;
}

const SILK: Record<string, Silk> = {
  xanh: { base: '#1fa39a', light: '#6fd6cb', dark: '#0d6660', motif: '#e9fbf7' },
  do: { base: '#c0262d', light: '#ec6a6a', dark: '#7d1016', motif: '#ffd98a' },
  vang: { base: '#e8b422', light: '#ffe27a', dark: '#a47806', motif: '#fff7d6' },
  tim: { base: '#7b3fa0', light: '#b888d6', dark: '#4a1d66', motif: '#f3e2ff' },
  ngoc: { base: '#3f7fbf', light: '#8cc0ef', dark: '#1f4f80', motif: '#e6f2ff' },
  hong: { base: '#d9668f', light: '#f7a9c4', dark: '#97345a', motif: '#fff0f5' },
  nau: { base: '#7a4b2a', light: '#b07b52', dark: '#4a2a14', motif: '#f2d9b8' },
};

/** Shared definitions: the woven silk pattern (a lozenge "hoa văn" on a twill), sheen and the table. */
function defs(id: string, c: Silk): string {
  return `
  <pattern id="weave-${id}" width="28" height="28" patternUnits="userSpaceOnUse" patternTransform="rotate(12)">
    <rect width="28" height="28" fill="${c.base}"/>
    <path d="M0 7h28M0 21h28" stroke="${c.dark}" stroke-opacity=".18" stroke-width="2"/>
    <path d="M7 0v28M21 0v28" stroke="${c.light}" stroke-opacity=".16" stroke-width="2"/>
    <path d="M14 6l6 8-6 8-6-8z" fill="none" stroke="${c.motif}" stroke-opacity=".55" stroke-width="1.4"/>
    <circle cx="14" cy="14" r="1.8" fill="${c.motif}" fill-opacity=".7"/>
    <circle cx="0" cy="0" r="1.3" fill="${c.motif}" fill-opacity=".45"/><circle cx="28" cy="28" r="1.3" fill="${c.motif}" fill-opacity=".45"/>
  </pattern>
  <linearGradient id="sheen-${id}" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#fff" stop-opacity=".35"/><stop offset=".35" stop-color="#fff" stop-opacity="0"/>
    <stop offset=".55" stop-color="#000" stop-opacity=".18"/><stop offset=".7" stop-color="#fff" stop-opacity=".22"/>
    <stop offset="1" stop-color="#000" stop-opacity=".25"/>
  </linearGradient>
  <filter id="shadow-${id}" x="-20%" y="-20%" width="140%" height="140%"><feDropShadow dx="6" dy="12" stdDeviation="10" flood-color="#3b2a1a" flood-opacity=".35"/></filter>`;
}

function table(): string {
  return `
  <defs>
    <pattern id="linen" width="6" height="6" patternUnits="userSpaceOnUse">
      <rect width="6" height="6" fill="#efe6d8"/><path d="M0 3h6" stroke="#e2d5c1" stroke-width="1"/><path d="M3 0v6" stroke="#e7dccb" stroke-width="1"/>
    </pattern>
    <radialGradient id="light" cx=".35" cy=".3" r=".9"><stop offset="0" stop-color="#fff" stop-opacity=".5"/><stop offset="1" stop-color="#7a5a3a" stop-opacity=".25"/></radialGradient>
  </defs>
  <rect width="${SIZE}" height="${SIZE}" fill="url(#linen)"/><rect width="${SIZE}" height="${SIZE}" fill="url(#light)"/>`;
}

function filled(id: string, d: string, extra = ''): string {
  return `<g filter="url(#shadow-${id})"><path d="${d}" fill="url(#weave-${id})" ${extra}/><path d="${d}" fill="url(#sheen-${id})"/></g>`;
}

/** A silk scarf draped across the table in a wide S, its ends fringed. */
function scarf(c: Silk): string {
  const d = 'M120 170 C260 90 480 120 470 250 C460 360 220 330 190 440 C170 510 260 560 330 560';
  const fringe = (x: number, y: number) => Array.from({ length: 14 }, (_, i) => `<path d="M${x + i * 9} ${y} l${-2 + (i % 3)} 24" stroke="${c.dark}" stroke-width="2.5"/>`).join('');
  return `<defs>${defs('s', c)}</defs>
  <g filter="url(#shadow-s)"><path d="${d}" stroke="url(#weave-s)" stroke-width="120" fill="none" stroke-linecap="butt"/>
  <path d="${d}" stroke="url(#sheen-s)" stroke-width="120" fill="none"/></g>
  <path d="M140 200 C270 130 430 150 440 240" stroke="${c.light}" stroke-opacity=".55" stroke-width="6" fill="none"/>
  <path d="M235 420 C250 370 370 350 430 300" stroke="${c.dark}" stroke-opacity=".3" stroke-width="10" fill="none"/>
  <g transform="rotate(90 330 560)">${fringe(270, 560)}</g>`;
}

/** An áo dài on a hanger: fitted bodice, mandarin collar, a long front panel over white trousers. */
function aoDai(c: Silk, size: string): string {
  const d = 'M272 120 L368 120 L428 160 L470 300 L446 312 L410 215 L402 330 L450 610 L190 610 L238 330 L230 215 L194 312 L170 300 L212 160 Z';
  return `<defs>${defs('a', c)}</defs>
  <path d="M320 60 q0 -20 15 -20 q15 0 15 15 q0 12 -15 20 L320 95 M250 120 L320 92 L390 120" stroke="#6b5a48" stroke-width="5" fill="none"/>
  <path d="M228 330 L412 330 L470 612 L170 612 Z" fill="#fbfaf6" stroke="#ddd6c8" stroke-width="2"/>
  ${filled('a', d)}
  <path d="M238 330 L212 420 M402 330 L428 420" stroke="#fbfaf6" stroke-width="6"/>
  <path d="M300 120 q20 18 40 0" stroke="${c.motif}" stroke-width="5" fill="none"/>
  <path d="M320 138 L362 182 L362 232" stroke="${c.dark}" stroke-opacity=".5" stroke-width="2" fill="none"/>
  <g fill="${c.motif}" fill-opacity=".85">${[0, 1, 2, 3, 4].map((i) => `<path d="M${270 + i * 25} ${500 + (i % 2) * 22} l8 -14 8 14 -8 14z"/>`).join('')}</g>
  <g><circle cx="540" cy="545" r="44" fill="#fff" fill-opacity=".85" stroke="${c.dark}" stroke-width="3"/>
  <text x="540" y="561" font-family="DejaVu Sans, sans-serif" font-size="44" font-weight="700" text-anchor="middle" fill="${c.dark}">${size}</text></g>`;
}

/** A bolt of silk fabric with a length unrolled across the table. */
function bolt(c: Silk): string {
  return `<defs>${defs('b', c)}</defs>
  ${filled('b', 'M120 360 L560 250 L600 330 L160 450 Z')}
  <g filter="url(#shadow-b)"><rect x="70" y="170" width="150" height="300" rx="20" fill="url(#weave-b)" transform="rotate(-14 145 320)"/>
  <rect x="70" y="170" width="150" height="300" rx="20" fill="url(#sheen-b)" transform="rotate(-14 145 320)"/>
  <ellipse cx="110" cy="178" rx="74" ry="22" fill="${c.dark}" transform="rotate(-14 145 320)"/>
  <ellipse cx="110" cy="178" rx="16" ry="6" fill="#d8c3a0" transform="rotate(-14 145 320)"/></g>
  <g font-family="DejaVu Sans, sans-serif" font-size="15" fill="#6b5a48">${[0, 1, 2, 3, 4].map((i) => `<path d="M${200 + i * 80} ${440 - i * 20} l6 -22" stroke="#6b5a48" stroke-width="2"/><text x="${196 + i * 80}" y="${466 - i * 20}">${i}m</text>`).join('')}</g>`;
}

/** A hand-embroidered silk bag with a lotus on it and a bamboo handle. */
function bag(c: Silk): string {
  return `<defs>${defs('t', c)}</defs>
  <path d="M220 230 C220 120 420 120 420 230" stroke="#a77a3c" stroke-width="16" fill="none" stroke-linecap="round"/>
  <path d="M220 230 C220 120 420 120 420 230" stroke="#d8b16a" stroke-width="6" fill="none" stroke-dasharray="18 10"/>
  ${filled('t', 'M160 230 L480 230 L510 520 Q320 560 130 520 Z')}
  <g transform="translate(320 390)" fill="none" stroke-width="4">
    <path d="M0 60 C-40 20 -40 -30 0 -60 C40 -30 40 20 0 60Z" fill="${c.motif}" fill-opacity=".85" stroke="${c.dark}"/>
    <path d="M0 60 C-70 40 -90 -10 -70 -30 C-40 -10 -20 30 0 60Z" fill="${c.light}" stroke="${c.dark}"/>
    <path d="M0 60 C70 40 90 -10 70 -30 C40 -10 20 30 0 60Z" fill="${c.light}" stroke="${c.dark}"/>
    <path d="M-120 80 Q0 100 120 80" stroke="#2f7d4a" stroke-width="6"/>
  </g>`;
}

/** A silk tie laid diagonally. */
function tie(c: Silk): string {
  return `<defs>${defs('c', c)}</defs>
  ${filled('c', 'M300 90 L350 90 L362 140 L340 160 L430 520 L330 590 L250 470 L318 160 L292 140 Z')}
  <path d="M292 140 L362 140" stroke="${c.dark}" stroke-opacity=".5" stroke-width="3"/>`;
}

/** A clutch purse with a metal clasp. */
function clutch(c: Silk): string {
  return `<defs>${defs('v', c)}</defs>
  ${filled('v', 'M130 250 Q320 200 510 250 L540 450 Q320 500 100 450 Z')}
  ${filled('v', 'M130 250 Q320 200 510 250 L470 360 Q320 395 170 360 Z', 'opacity=".9"')}
  <circle cx="320" cy="372" r="16" fill="#d8b35a" stroke="#8a6a20" stroke-width="4"/>
  <path d="M170 360 Q320 395 470 360" stroke="${c.motif}" stroke-width="4" fill="none" stroke-dasharray="2 8"/>`;
}

/** A pair of silk pillowcases, one on the other. */
function pillows(c: Silk, d: Silk): string {
  return `<defs>${defs('g', c)}${defs('h', d)}</defs>
  ${filled('h', 'M150 170 Q330 130 520 180 Q560 290 520 400 Q330 440 150 400 Q110 290 150 170Z')}
  ${filled('g', 'M110 270 Q310 230 500 280 Q540 390 500 500 Q310 540 110 500 Q70 390 110 270Z')}
  <path d="M140 300 Q310 265 470 308 M140 470 Q310 505 470 472" stroke="${c.motif}" stroke-width="3" fill="none" stroke-dasharray="10 6"/>`;
}

const DRAWINGS: Record<string, string> = {
  'kl-xanh': scarf(SILK.xanh!),
  'kl-do': scarf(SILK.do!),
  'kl-vang': scarf(SILK.vang!),
  'ad-m': aoDai(SILK.ngoc!, 'M'),
  'ad-l': aoDai(SILK.hong!, 'L'),
  'lt-m': bolt(SILK.vang!),
  'tui-lua': bag(SILK.do!),
  'ca-vat': tie(SILK.tim!),
  'vi-lua': clutch(SILK.nau!),
  'goi-lua': pillows(SILK.hong!, SILK.xanh!),
};

mkdirSync(OUT, { recursive: true });
for (const [name, body] of Object.entries(DRAWINGS)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 ${SIZE} ${SIZE}">${table()}${body}</svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 78, mozjpeg: true }).toBuffer();
  writeFileSync(`${OUT}${name}.jpg`, jpeg);
  console.log(`data/images/${name}.jpg ${Math.round(jpeg.length / 1024)} KB`);
}
