// The readiness view's drawings, as SVG with theme colours from CSS classes (no inline styles): a band
// bar per estimate and the calendar heat map of answers per day. Both are hidden from screen
// readers, which get the same figures as tables.
import type { ReadinessMessage } from '../protocol';
import { h } from './vscodeApi';

const NS = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

/** A bar from 0 to 100%: the band, the estimate and the pass mark as a line. */
export function bandBar(e: { share: number; low: number; high: number }, mark: number): SVGElement {
  const W = 160,
    H = 14,
    x = (v: number) => Math.round(v * W * 10) / 10;
  const attrs = { class: 'band-bar', width: W, height: H, viewBox: `0 0 ${W} ${H}`, 'aria-hidden': 'true' };
  return svg(
    'svg',
    attrs,
    svg('rect', { class: 'track', x: 0, y: 3, width: W, height: H - 6, rx: 2 }),
    svg('rect', { class: 'band', x: x(e.low), y: 3, width: Math.max(1, x(e.high) - x(e.low)), height: H - 6, rx: 2 }),
    svg('rect', { class: 'estimate', x: Math.max(0, x(e.share) - 1.5), y: 1, width: 3, height: H - 2 }),
    svg('line', { class: 'mark', x1: x(mark), x2: x(mark), y1: 0, y2: H }),
  );
}

const CELL = 11,
  GAP = 2,
  STEP = CELL + GAP,
  LEFT = 28,
  TOP = 16;

/** How dark a day is: 0 for none, else 1..4 by its share of the busiest day. */
export function level(count: number, max: number): number {
  return count <= 0 || max <= 0 ? 0 : Math.min(4, Math.max(1, Math.ceil((4 * count) / max)));
}

/** The calendar: a column per week (Monday on top), a cell per day, darker for more answers. */
export function heatMap(activity: ReadinessMessage['activity']): SVGElement {
  const days = activity.days;
  const weeks = Math.ceil(days.length / 7);
  const max = Math.max(0, ...days.map(d => d.count));
  const width = LEFT + weeks * STEP,
    height = TOP + 7 * STEP;
  const map = svg('svg', {
    class: 'heat-map',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  ['Mon', '', 'Wed', '', 'Fri', '', ''].forEach((label, row) => {
    if (label) map.append(svg('text', { class: 'axis', x: 0, y: TOP + row * STEP + CELL - 2 }, label));
  });
  let lastMonth = -1;
  days.forEach((d, i) => {
    const week = Math.floor(i / 7),
      row = i % 7;
    const date = new Date(`${d.day}T12:00:00`);
    if (row === 0 && date.getMonth() !== lastMonth) {
      lastMonth = date.getMonth();
      if (week < weeks - 1) {
        const label = date.toLocaleDateString(undefined, { month: 'short' });
        map.append(svg('text', { class: 'axis', x: LEFT + week * STEP, y: TOP - 5 }, label));
      }
    }
    const cell = svg('rect', {
      class: `day l${level(d.count, max)}`,
      x: LEFT + week * STEP,
      y: TOP + row * STEP,
      width: CELL,
      height: CELL,
      rx: 2,
      'data-day': d.day,
      'data-count': d.count,
    });
    cell.append(svg('title', {}, `${d.day}: ${d.count} ${d.count === 1 ? 'answer' : 'answers'}`));
    map.append(cell);
  });
  return map;
}

/** The legend under the calendar: less to more. */
export function heatLegend(): HTMLElement {
  const cells = [0, 1, 2, 3, 4].map(l =>
    svg(
      'svg',
      { width: CELL, height: CELL, 'aria-hidden': 'true' },
      svg('rect', { class: `day l${l}`, width: CELL, height: CELL, rx: 2 }),
    ),
  );
  return h('p', { class: 'heat-legend', 'aria-hidden': 'true' }, 'Less ', ...cells, ' More');
}
