// What must hold before any number is worth printing.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

/**
 * Every app must serve the same page, or the comparison means nothing. The baseline serves the
 * core's attributes; what the loaded plugins add to each item (`port_security_enabled`, say) is
 * Switchyard's work on top, so it is compared without them and their names are returned.
 */
export async function assertSamePage(apps, { path, pageSize, collection = 'networks' }) {
  const [baseline, ...others] = await Promise.all(apps.map((app) => fetchPage(app, path)));
  for (const page of [baseline, ...others]) {
    if (page.body[collection]?.length !== pageSize) {
      throw new Error(`${page.app.label} returned ${page.body[collection]?.length} ${collection} for ${path}, expected ${pageSize}.`);
    }
  }
  const added = new Set();
  for (const page of others) {
    const items = page.body[collection].map((item, index) => onlyKeysOf(item, baseline.body[collection][index], added));
    if (!isDeepStrictEqual(items, baseline.body[collection])) {
      throw new Error(`${page.app.label} and ${baseline.app.label} returned different pages; fix the baseline before comparing.`);
    }
  }
  return [...added].sort();
}

function onlyKeysOf(item, like, added) {
  for (const key of Object.keys(item)) if (!Object.hasOwn(like, key)) added.add(key);
  return Object.fromEntries(Object.entries(item).filter(([key]) => Object.hasOwn(like, key)));
}

/** The info run only measures logging if request lines really reach the log file. */
export function assertRequestsLogged(logFile) {
  if (!readFileSync(logFile, 'utf8').includes('"msg":"request completed"')) {
    const consequence = 'the info run would measure no logging';
    throw new Error(`Switchyard at log level info wrote no "request completed" line to ${logFile}; ${consequence}.`);
  }
}

async function fetchPage(app, path) {
  const response = await fetch(app.url + path);
  if (response.status !== 200) throw new Error(`${app.label}: GET ${path} answered HTTP ${response.status}`);
  return { app, body: await response.json() };
}
