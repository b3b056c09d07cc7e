// Evaluation latency as a client sees it: one request at a time (no queueing behind other
// requests), each timed from send to the last byte of the answer.
import { performance } from 'node:perf_hooks';

/** `count` evaluations of `body`; returns each one's milliseconds. Any answer but 200 "allow" voids the run. */
export async function timeEvaluations(url, body, count) {
  const payload = JSON.stringify(body);
  const durations = [];
  for (let index = 0; index < count; index += 1) {
    const started = performance.now();
    const response = await fetch(`${url}/v2.0/fwaas/evaluate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
    const answer = await response.json();
    durations.push(performance.now() - started);
    if (response.status !== 200 || answer.evaluation?.verdict !== 'allow') {
      throw new Error(`POST /v2.0/fwaas/evaluate answered HTTP ${response.status} ${JSON.stringify(answer)}; expected 200 with verdict "allow" (the policy's last rule)`);
    }
  }
  return durations;
}
