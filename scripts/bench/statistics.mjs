// Paired statistics: a ratio is taken within one round, where both apps met the same machine,
// and only then summarized across rounds.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function pairedRatios(rounds, key, baselineKey) {
  return rounds.map((round) => round[key].requestsPerSecond / round[baselineKey].requestsPerSecond);
}

/** The median ratio and the min-max of the per-round ratios. */
export function summarizeRatios(ratios) {
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

/** The value below which `fraction` (0.5, 0.99) of the samples fall, nearest rank: no interpolation between two samples. */
export function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}
