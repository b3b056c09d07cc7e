// One autocannon run against one app; a failed request voids the run instead of
// flattering the numbers.
import autocannon from 'autocannon';

export async function measure(app, { path, connections }, seconds) {
  const result = await autocannon({ url: app.url + path, connections, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${app.label}: ${result.non2xx} non-2xx answers, ${result.errors} errors in ${seconds} s`);
  }
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99 };
}

/** An unmeasured run per app first, so round 1 does not pay for JIT compilation and cold caches. */
export async function warmUp(apps, settings) {
  if (settings.warmupSeconds === 0) return;
  for (const app of apps) await measure(app, settings, settings.warmupSeconds);
}
