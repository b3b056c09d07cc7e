// How long a bench measures, read once from the environment so a quick check
// (BENCH_ROUNDS=2 BENCH_SECONDS=2) runs the very code of the full run. Each bench passes its own
// defaults (the server's `npm run bench`: 5 rounds of 8 s; a service's, which promote runs, less).

export function readRoundSettings(env, defaults) {
  return {
    rounds: readWholeNumber(env, 'BENCH_ROUNDS', defaults.rounds, 1),
    seconds: readWholeNumber(env, 'BENCH_SECONDS', defaults.seconds, 1),
    warmupSeconds: readWholeNumber(env, 'BENCH_WARMUP_SECONDS', defaults.warmupSeconds, 0),
  };
}

export function readWholeNumber(env, name, fallback, minimum) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} must be a whole number >= ${minimum} (for example ${name}=${fallback}), got '${raw}'`);
  }
  return value;
}
