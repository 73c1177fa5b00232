// Kubernetes resource quantities ("128Mi", "16Gi", "1k", "1.5", "100m") as numbers, following
// apimachinery's pkg/api/resource/quantity.go: binary suffixes Ki..Ei, decimal n, u, m, k, M..E,
// and decimal exponents (1e3). Undefined for anything else.
const SUFFIX: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

const QUANTITY =
  /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?)$/;

export function parseQuantity(text: string | undefined): number | undefined {
  const match = QUANTITY.exec((text ?? '').trim());
  if (!match) return undefined;
  const [, number, exponent, suffix] = match;
  const value = Number(`${number}${exponent ?? ''}`);
  return Number.isFinite(value) ? value * SUFFIX[suffix ?? '']! : undefined;
}

/** Bytes as a short binary size: 128 MiB, 1.5 GiB. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
}
