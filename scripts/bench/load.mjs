// The machine's load beside the figures: a bench on a busy machine says so.
import { availableParallelism, loadavg } from 'node:os';

export function describeLoad() {
  return `${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} (${availableParallelism()} cores)`;
}
