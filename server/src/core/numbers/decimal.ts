// Exact decimals: value = units / 10^scale, with `units` a safe integer. Never floats.

export interface Decimal {
  units: number;
  scale: number;
}

const MAX_DIGITS = 15;

/** Parses `-12`, `+1599`, `6350.86`, `1,234` (separators already removed). Null if not a safe decimal. */
export function parseDecimal(raw: string): Decimal | null {
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(raw);
  if (!m) return null;
  const frac = m[3] ?? '';
  const digits = (m[2] + frac).replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) return null;
  const units = Number(digits) * (m[1] === '-' ? -1 : 1);
  return { units: units === 0 ? 0 : units, scale: frac.length };
}

export function fromInteger(n: number): Decimal {
  return { units: n, scale: 0 };
}

export const ZERO: Decimal = { units: 0, scale: 0 };

function pow10(n: number): number {
  return 10 ** n;
}

function align(a: Decimal, b: Decimal): [number, number, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  return add(a, { units: -b.units, scale: b.scale });
}

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce(add, fromInteger(0));
}

export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x === y ? 0 : x < y ? -1 : 1;
}

export function format(d: Decimal): string {
  const negative = d.units < 0;
  const digits = String(Math.abs(d.units)).padStart(d.scale + 1, '0');
  const body = d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
  return negative ? `-${body}` : body;
}

/**
 * 100·count/base rounded half up to `scale` decimals, as a Decimal. Integer arithmetic only:
 * count and base are integers (counts of items).
 */
export function percentRounded(count: number, base: number, scale: number): Decimal {
  const numerator = 2 * count * 100 * pow10(scale);
  const q = Math.floor(numerator / base);
  // q = floor(2·x); x = 100·count·10^scale/base; half-up rounding of x is floor((2x + 1) / 2)
  return { units: Math.floor((q + 1) / 2), scale };
}

/** Whether a stated percentage s (with its own decimals) is within half a unit of 100·count/base. */
export function percentMatches(stated: Decimal, count: number, base: number, tolerance: 'half' | 'unit'): boolean {
  // |100·count·10^d − S·base| · k ≤ base, with k = 2 for half a unit, 1 for a whole unit
  const lhs = Math.abs(100 * count * pow10(stated.scale) - stated.units * base);
  return (tolerance === 'half' ? 2 * lhs : lhs) <= base;
}
