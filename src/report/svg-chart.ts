/** A chart as inline SVG, drawn here (no script, no CDN): axes, grid, bars and lines. */
import type { Chart } from './charts.js';

export function escapeXml(s: string): string {
  return (
    s
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

const W = 760;
const H = 280;
const M = { top: 16, right: 16, bottom: 64, left: 56 };
const COLORS = ['#4c78a8', '#e45756', '#54a24b', '#f58518'];

const fmt = (v: number): string => String(Number(v.toFixed(2)));

export function svgChart(c: Chart): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = c.x.length;
  const span = c.yMax - c.yMin || 1;
  const y = (v: number): number =>
    M.top + plotH - ((Math.min(Math.max(v, c.yMin), c.yMax) - c.yMin) / span) * plotH;
  const step = plotW / Math.max(1, n);
  const cx = (i: number): number => M.left + step * (i + 0.5);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" id="chart-${escapeXml(c.id)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeXml(c.title)}">`,
    `<title>${escapeXml(c.title)}</title>`
  ];
  for (let k = 0; k <= 4; k++) {
    const v = c.yMin + (span * k) / 4;
    const yy = y(v).toFixed(1);
    parts.push(
      `<line x1="${M.left}" x2="${W - M.right}" y1="${yy}" y2="${yy}" stroke="#e3e3e3"/>`,
      `<text x="${M.left - 6}" y="${yy}" dy="4" text-anchor="end" font-size="11" fill="#555">${fmt(v)}</text>`
    );
  }
  parts.push(
    `<text x="14" y="${M.top + plotH / 2}" font-size="11" fill="#555" transform="rotate(-90 14 ${M.top + plotH / 2})" text-anchor="middle">${escapeXml(c.yLabel)}</text>`
  );
  const bars = c.series.filter((s) => s.kind === 'bar');
  const barW = (step * 0.7) / Math.max(1, bars.length);
  c.series.forEach((s, si) => {
    const color = COLORS[si % COLORS.length];
    if (s.kind === 'bar') {
      const bi = bars.indexOf(s);
      parts.push(`<g class="series bar" fill="${color}">`);
      s.values.forEach((v, i) => {
        const x0 = cx(i) - (step * 0.7) / 2 + bi * barW;
        const top = y(v);
        parts.push(
          `<rect x="${x0.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${(M.top + plotH - top).toFixed(1)}"><title>${escapeXml(`${c.x[i]}: ${fmt(v)}`)}</title></rect>`
        );
      });
      parts.push('</g>');
    } else {
      const pts = s.values.map((v, i) => `${cx(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      parts.push(
        `<g class="series line"><polyline fill="none" stroke="${color}" stroke-width="2.5" points="${pts}"/>`,
        ...s.values.map(
          (v, i) =>
            `<circle cx="${cx(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${color}"><title>${escapeXml(`${c.x[i]}: ${fmt(v)}`)}</title></circle>`
        ),
        '</g>'
      );
    }
  });
  parts.push(
    `<line x1="${M.left}" x2="${W - M.right}" y1="${M.top + plotH}" y2="${M.top + plotH}" stroke="#888"/>`
  );
  // Few categories: level labels, cut to the width of their slot; many: every k-th, slanted.
  const level = n <= 6;
  const every = level ? 1 : Math.max(1, Math.ceil(n / 13));
  const room = level ? Math.max(4, Math.floor(step / 6.2)) : 24;
  c.x.forEach((label, i) => {
    if (i % every !== 0) return;
    const lx = cx(i).toFixed(1);
    const ly = M.top + plotH + 14;
    const text = label.length > room ? `${label.slice(0, room - 1)}…` : label;
    parts.push(
      level
        ? `<text x="${lx}" y="${ly + 2}" font-size="10" fill="#555" text-anchor="middle">${escapeXml(text)}</text>`
        : `<text x="${lx}" y="${ly}" font-size="10" fill="#555" text-anchor="end" transform="rotate(-30 ${lx} ${ly})">${escapeXml(text)}</text>`
    );
  });
  if (c.series.length > 1) {
    c.series.forEach((s, si) => {
      const lx = W - M.right - 90 * (c.series.length - si);
      parts.push(
        `<rect x="${lx}" y="2" width="10" height="10" fill="${COLORS[si % COLORS.length]}"/>`,
        `<text x="${lx + 14}" y="11" font-size="11" fill="#333">${escapeXml(s.name)}</text>`
      );
    });
  }
  parts.push('</svg>');
  return parts.join('');
}
