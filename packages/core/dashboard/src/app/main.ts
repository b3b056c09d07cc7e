import './style.css';
import type { DashboardPanel } from '../contract/panel.js';
import { type Api, createApi } from './api.js';
import { previewBadge } from './badge.js';
import { CORE_PANELS } from './core-panels.js';
import { discoveryPanel } from './discovery-panel.js';
import { errorLine, h } from './dom.js';
import { type PanelMarks, panelMarks } from './labels.js';
import { renderLogin } from './login.js';
import { type PanelManifest, type PluginPanel, loadPluginPanel } from './panel-manifest.js';
import { renderPanel } from './render-panel.js';
import { renderProjectPicker } from './project-picker.js';
import { createShellContext } from './shell-context.js';
import { type Session, clearSession, readSession, writeSession } from './session.js';

/** One menu entry: a core panel, API discovery, or a plugin's panel with its package's stability. */
interface MenuEntry {
  id: string;
  title: string;
  marks: PanelMarks;
  panel?: DashboardPanel;
  failure?: string;
}

const root = document.getElementById('app') as HTMLElement;

function start(): void {
  const session = readSession(sessionStorage);
  if (session === undefined) {
    root.replaceChildren(renderLogin((created) => {
      writeSession(sessionStorage, created);
      start();
    }));
    return;
  }
  void showShell(session);
}

async function showShell(session: Session): Promise<void> {
  const api = createApi(session);
  let entries: MenuEntry[];
  try {
    entries = await menuEntries(api);
  } catch (error) {
    root.replaceChildren(errorLine(`The dashboard cannot read its panels: ${(error as Error).message}`));
    return;
  }
  const main = h('main', { id: 'content' });
  const nav = h('nav', {}, h('ul', {}, ...entries.map((entry) => h('li', {}, menuLink(entry)))));
  root.replaceChildren(renderHeader(api, session), h('div', { class: 'layout' }, nav, main));
  const show = () => showEntry(api, session, entries, main, nav);
  window.onhashchange = show;
  show();
}

async function menuEntries(api: Api): Promise<MenuEntry[]> {
  const manifest = await api.request<PanelManifest>('GET', 'panels.json');
  const core = (id: string, panel: DashboardPanel): MenuEntry => ({ id, title: panel.title, marks: panelMarks(manifest.core.stability, 'core'), panel });
  const plugins = await Promise.all(manifest.panels.map((entry) => loadPluginPanel(entry, (url) => import(/* @vite-ignore */ url), document.baseURI)));
  return [...CORE_PANELS.map(({ id, panel }) => core(id, panel)), core('discovery', discoveryPanel), ...plugins.map(pluginEntry)];
}

function pluginEntry(loaded: PluginPanel): MenuEntry {
  const { service, stability } = loaded.entry;
  const marks = panelMarks(stability, service);
  if ('failure' in loaded) return { id: `plugin-${service}`, title: service, marks, failure: loaded.failure };
  return { id: `plugin-${service}`, title: loaded.panel.title, marks, panel: loaded.panel };
}

function menuLink(entry: MenuEntry): HTMLElement {
  return h('a', { href: `#${entry.id}`, 'data-menu': entry.id }, entry.title, previewBadge(entry.marks));
}

function renderHeader(api: Api, session: Session): HTMLElement {
  const logout = h('button', { type: 'button', class: 'logout' }, 'Sign out');
  logout.addEventListener('click', () => {
    clearSession(sessionStorage);
    start();
  });
  const picker = renderProjectPicker(api, session, (actingProject) => {
    writeSession(sessionStorage, { ...session, actingProject });
    start();
  });
  const who = session.token ? 'token' : `noauth, project ${session.projectId || 'default'}${session.admin ? ', admin' : ''}`;
  return h('header', {}, h('h1', {}, 'Switchyard'), h('span', { class: 'who' }, `Signed in (${who})`), picker, logout);
}

function showEntry(api: Api, session: Session, entries: readonly MenuEntry[], main: HTMLElement, nav: HTMLElement): void {
  const id = location.hash.slice(1);
  const entry = entries.find((candidate) => candidate.id === id) ?? entries[0];
  if (entry === undefined) return;
  for (const link of nav.querySelectorAll('a')) link.classList.toggle('current', link.dataset.menu === entry.id);
  if (entry.failure !== undefined || entry.panel === undefined) {
    main.replaceChildren(h('article', { class: 'panel', 'data-panel': entry.id }, h('h2', {}, entry.title, previewBadge(entry.marks)), errorLine(entry.failure ?? '')));
    return;
  }
  main.replaceChildren(renderPanel(createShellContext({ api, actingProject: session.actingProject, marks: entry.marks }), entry.panel, entry.id));
}

start();
