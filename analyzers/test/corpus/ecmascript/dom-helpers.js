export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

export function on(element, event, selectorOrHandler, maybeHandler) {
  const delegated = typeof selectorOrHandler === 'string';
  const handler = delegated ? maybeHandler : selectorOrHandler;
  const listener = delegated
    ? (e) => {
        const target = e.target?.closest?.(selectorOrHandler);
        if (target && element.contains(target)) handler.call(target, e);
      }
    : handler;
  element.addEventListener(event, listener);
  return () => element.removeEventListener(event, listener);
}

export function createElement(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value == null || value === false) continue;
    if (name === 'class' || name === 'className') {
      element.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    } else if (name === 'style' && typeof value === 'object') {
      Object.assign(element.style, value);
    } else if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function trapFocus(container) {
  const focusable = () =>
    $$('a[href], button:not([disabled]), input, select, textarea, [tabindex]', container);
  function onKeyDown(event) {
    if (event.key !== 'Tab') return;
    const items = focusable();
    if (items.length === 0) {
      event.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      last.focus();
      event.preventDefault();
    } else if (!event.shiftKey && document.activeElement === last) {
      first.focus();
      event.preventDefault();
    }
  }
  container.addEventListener('keydown', onKeyDown);
  return () => container.removeEventListener('keydown', onKeyDown);
}

export class Tooltip {
  static #open = new Set();
  static defaults = { placement: 'top', delay: 150 };
  element = null;
  #timer = 0;
  placement = Tooltip.defaults.placement;
  delay = globalThis.matchMedia?.('(prefers-reduced-motion)').matches ? 0 : Tooltip.defaults.delay;

  static {
    globalThis.addEventListener?.('scroll', () => Tooltip.closeAll(), { passive: true });
  }

  static closeAll() {
    for (const tooltip of Tooltip.#open) tooltip.hide();
  }

  constructor(anchor, text, options = {}) {
    this.anchor = anchor;
    this.text = text;
    this.placement = options.placement ?? this.placement;
    this.show = this.show.bind(this);
    anchor.addEventListener('mouseenter', this.show);
    anchor.addEventListener('mouseleave', () => this.hide());
  }

  show() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.element ||= createElement(
        'div',
        { class: ['tooltip', `tooltip-${this.placement}`], role: 'tooltip' },
        this.text,
      );
      document.body.append(this.element);
      this.position();
      Tooltip.#open.add(this);
    }, this.delay);
  }

  hide() {
    clearTimeout(this.#timer);
    this.element?.remove();
    Tooltip.#open.delete(this);
  }

  position() {
    const rect = this.anchor.getBoundingClientRect();
    const tip = this.element.getBoundingClientRect();
    let top;
    let left = rect.left + rect.width / 2 - tip.width / 2;
    switch (this.placement) {
      case 'bottom':
        top = rect.bottom + 8;
        break;
      case 'left':
        top = rect.top + rect.height / 2 - tip.height / 2;
        left = rect.left - tip.width - 8;
        break;
      case 'right':
        top = rect.top + rect.height / 2 - tip.height / 2;
        left = rect.right + 8;
        break;
      default:
        top = rect.top - tip.height - 8;
    }
    this.element.style.top = `${Math.max(0, top + scrollY)}px`;
    this.element.style.left = `${Math.max(0, left + scrollX)}px`;
  }

  get visible() {
    return Tooltip.#open.has(this);
  }

  set content(value) {
    this.text = value;
    if (this.element) this.element.textContent = value ?? '';
  }
}

export function observeVisibility(elements, callback, { threshold = 0.5, once = false } = {}) {
  if (!('IntersectionObserver' in window)) {
    elements.forEach((element) => callback(element, true));
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const visible = entry.isIntersecting && entry.intersectionRatio >= threshold;
        callback(entry.target, visible);
        if (visible && once) observer.unobserve(entry.target);
      }
    },
    { threshold },
  );
  elements.forEach((element) => observer.observe(element));
  return () => observer.disconnect();
}
