// What one `npm run bench` measures, read once from the environment so a quick check
// (BENCH_ROUNDS=2 BENCH_SECONDS=2) runs the very code of the full run.

const DEFAULTS = { rounds: 5, seconds: 8, warmupSeconds: 2 };

export function readSettings(env) {
  return {
    rounds: readWholeNumber(env, 'BENCH_ROUNDS', DEFAULTS.rounds, 1),
    seconds: readWholeNumber(env, 'BENCH_SECONDS', DEFAULTS.seconds, 1),
    warmupSeconds: readWholeNumber(env, 'BENCH_WARMUP_SECONDS', DEFAULTS.warmupSeconds, 0),
    networks: 1000,
    pageSize: 100,
    path: '/v2.0/networks?limit=100',
    connections: 10,
    target: 0.9,
  };
}

function readWholeNumber(env, name, fallback, minimum) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(`${name} must be a whole number >= ${minimum} (for example ${name}=${fallback}), got '${raw}'`);
  }
  return value;
}
