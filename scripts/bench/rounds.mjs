// The apps take turns within every round (bare, then each Switchyard), so a burst of load from
// elsewhere on the machine lands on both sides of a ratio instead of on one app's whole run.
import { measure } from './measure.mjs';

/** Returns one `{ [app.key]: { requestsPerSecond, p99 } }` per round; `onRound` sees each as it ends. */
export async function runRounds(apps, settings, onRound) {
  const rounds = [];
  for (let index = 0; index < settings.rounds; index += 1) {
    const round = {};
    for (const app of apps) round[app.key] = await measure(app, settings, settings.seconds);
    rounds.push(round);
    onRound(round, index);
  }
  return rounds;
}
