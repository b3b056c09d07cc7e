/** A tiny element builder: the dashboard draws with the DOM itself, no framework to ship. */
type Child = Node | string | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/** A line that says what went wrong, in words (role=alert so screen readers announce it). */
export function errorLine(message: string): HTMLElement {
  return h('p', { class: 'error', role: 'alert' }, message);
}
