/**
 * A claim's figure as an interval of the counts it allows, so that qualified figures can be
 * compared: "more than 75" and "80" agree, "about 500" and "480" agree, "more than 75" and
 * "450" do not. A bound is read as a figure near it, as readers take it: the open side of
 * "more than 75" stretches to 1.5 times the figure (to 112), "up to 100" down to half of it;
 * "about" allows 10 % either way; a vague amount ("thousands") spans ten times its floor.
 */
import type { Qualifier } from '../../../shared/domain/claim-types.ts';

export interface Figure {
  value: number | null;
  valueMin: number | null;
  valueMax: number | null;
  qualifier: Qualifier | null;
  unit: string | null;
}

export interface Interval {
  low: number;
  high: number;
}

const OPEN_STRETCH = 1.5;
const ABOUT = 0.1;

export function hasFigure(f: Figure): boolean {
  return f.value !== null || f.valueMin !== null || f.valueMax !== null;
}

/** The counts a figure allows, or null when it has none. */
export function figureInterval(f: Figure): Interval | null {
  const v = f.value ?? f.valueMin ?? f.valueMax;
  if (v === null) return null;
  switch (f.qualifier) {
    case 'more_than':
      return { low: v + (Number.isInteger(v) ? 1 : 0), high: Math.max(v + 1, v * OPEN_STRETCH) };
    case 'at_least':
      return { low: v, high: Math.max(v + 1, v * OPEN_STRETCH) };
    case 'fewer_than':
      return { low: v / 2, high: Math.max(v / 2, v - (Number.isInteger(v) ? 1 : 0)) };
    case 'at_most':
      return { low: v / 2, high: v };
    case 'about': {
      const spread = Math.max(1, Math.abs(v) * ABOUT);
      return { low: v - spread, high: v + spread };
    }
    case 'range':
      return { low: f.valueMin ?? v, high: f.valueMax ?? f.valueMin ?? v };
    case 'vague': {
      const low = f.valueMin ?? v;
      return { low, high: f.valueMax ?? low * 10 - 1 };
    }
    default:
      return { low: v, high: v };
  }
}

/** Whether two figures can describe the same count. */
export function figuresAgree(a: Figure, b: Figure): boolean {
  const ia = figureInterval(a);
  const ib = figureInterval(b);
  if (!ia || !ib) return ia === ib;
  return ia.low <= ib.high && ib.low <= ia.high;
}

const number = (n: number): string => (Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));

/** The figure in words, without its unit: "more than 75", "20–25", "at least 1,000 (vague)". */
export function describeAmount(f: Figure): string {
  const v = f.value ?? f.valueMin ?? f.valueMax;
  if (v === null) return '';
  switch (f.qualifier) {
    case 'more_than':
      return `more than ${number(v)}`;
    case 'at_least':
      return `at least ${number(v)}`;
    case 'fewer_than':
      return `fewer than ${number(v)}`;
    case 'at_most':
      return `up to ${number(v)}`;
    case 'about':
      return `about ${number(v)}`;
    case 'range':
      return `${number(f.valueMin ?? v)}–${number(f.valueMax ?? v)}`;
    case 'vague':
      return `at least ${number(f.valueMin ?? v)} (vague)`;
    default:
      return number(v);
  }
}

export function describeFigure(f: Figure): string {
  const amount = describeAmount(f);
  return [amount, f.unit ?? ''].filter(Boolean).join(' ');
}

/** The figure a reader would take: the value, or the middle of the interval. */
function central(f: Figure): number | null {
  if (f.value !== null) return f.value;
  const i = figureInterval(f);
  return i ? (i.low + i.high) / 2 : null;
}

/**
 * What differs between two figures of compatible units, in words:
 * "more than 75 vs 450 armoured vehicles: 375 more in the second (6×)".
 */
export function describeDifference(a: Figure, b: Figure): string {
  const unit = a.unit && b.unit && a.unit.toLowerCase() !== b.unit.toLowerCase() ? null : a.unit ?? b.unit;
  const left = unit === null ? describeFigure(a) : describeAmount(a);
  const right = unit === null ? describeFigure(b) : describeAmount(b);
  const head = `${left} vs ${right}${unit ? ` ${unit}` : ''}`;
  const ca = central(a);
  const cb = central(b);
  if (ca === null || cb === null || ca === cb) return head;
  const gap = Math.abs(cb - ca);
  const more = cb > ca ? 'the second' : 'the first';
  const low = Math.min(Math.abs(ca), Math.abs(cb));
  const ratio = low > 0 ? Math.max(Math.abs(ca), Math.abs(cb)) / low : 0;
  const times = ratio >= 2 ? ` (${ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10}×)` : '';
  return `${head}: ${number(Math.round(gap))} more in ${more}${times}`;
}
