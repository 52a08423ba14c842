/**
 * Accessibility checks for the e2e tests (issue 8; QUALITY A1, A3–A5, A7–A9, A11, A13):
 * axe-core through @axe-core/playwright, and the checks axe cannot do, run in the page
 * through every open shadow root:
 *
 * - A7  every chart `<svg role="img">` has a non-empty accessible name and a data table
 *       (with a caption and header cells) in the same figure; a chart-sized `<svg>` or
 *       `<canvas>` with neither `role="img"` nor `aria-hidden` is a chart nobody can read;
 * - A3/A4 Tab reaches every interactive control, each with a visible focus indicator
 *       (an outline of at least 2 px or a box-shadow that the unfocused control lacks) of
 *       at least 3:1 against what surrounds it, and not hidden under anything (2.4.11);
 * - A5  every pointer target is at least 24×24 CSS px, or spaced as WCAG 2.5.8 allows;
 * - A8  live regions exist and say something after a run; no chart is a live region;
 * - A9  with `prefers-reduced-motion: reduce`, nothing animates or transitions;
 * - A11 no horizontal page scroll at 320 CSS px;
 * - A13 every invalid field names its message with `aria-describedby`, and the message is
 *       announced (inside a live region or an alert).
 *
 * The in-page code is one self-contained function (`inPage`), so it survives being sent to
 * the browser by `page.evaluate`.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA (QUALITY A1). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeSummary {
  /** Serious or critical: each one fails the test. */
  readonly blocking: string[];
  /** Moderate or minor: printed, not failed. */
  readonly other: string[];
  /** What axe could not decide (e.g. text over images): printed for a person to review. */
  readonly incomplete: string[];
  readonly passes: number;
}

export async function runAxe(page: Page): Promise<AxeSummary> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const line = (v: (typeof result.violations)[number]) =>
    `${v.impact ?? 'unknown'} ${v.id} (${v.help}): ${v.nodes
      .slice(0, 6)
      .map((n) => `${JSON.stringify(n.target)}${n.failureSummary ? ` ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`)
      .join('; ')}${v.nodes.length > 6 ? ` … and ${v.nodes.length - 6} more` : ''}`;
  return {
    blocking: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(line),
    other: result.violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical').map(line),
    incomplete: result.incomplete.map((v) => `${v.impact ?? 'unknown'} ${v.id}: ${v.nodes.length} node(s)`),
    passes: result.passes.length,
  };
}

/** What one in-page check returns: problems (each fails the test) and facts worth printing. */
export interface PageCheck {
  readonly problems: string[];
  readonly notes: string[];
}

type InPageKind = 'charts' | 'targets' | 'live' | 'errors' | 'motion' | 'reflow' | 'tab-start' | 'tab-step' | 'tab-finish';

/**
 * Everything that runs in the page. Self-contained on purpose: page.evaluate sends only
 * this function's source.
 */
function inPage(kind: InPageKind): unknown {
  type Rect = { x: number; y: number; w: number; h: number };
  type TabState = { sentinel: HTMLElement; expected: Map<string, { el: Element; desc: string; base: string }>; reached: Set<string>; keyOf: Map<Element, string>; seen: number };
  const w = window as unknown as { __a11yTab?: TabState };

  /** Every element of the document, through open shadow roots, in tree order. */
  const all = (): Element[] => {
    const out: Element[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.children)) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
        walk(el);
      }
    };
    walk(document);
    return out;
  };
  /** The parent in the flat tree (crossing a shadow root to its host). */
  const up = (el: Element): Element | null => {
    if (el.parentElement) return el.parentElement;
    const root = el.getRootNode();
    return root instanceof ShadowRoot ? root.host : null;
  };
  const ancestors = (el: Element): Element[] => {
    const out: Element[] = [];
    for (let a = up(el); a; a = up(a)) out.push(a);
    return out;
  };
  const describe = (el: Element): string => {
    const hosts = ancestors(el)
      .filter((a) => a.shadowRoot && a.localName.includes('-'))
      .map((a) => a.localName)
      .reverse();
    const id = el.id ? `#${el.id}` : '';
    const name = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? el.getAttribute('data-path') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const value = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? `=${el.value}` : '';
    return `${[...hosts.slice(-2), `${el.localName}${id}`].join(' > ')} "${name}${value}"`;
  };
  const rectOf = (el: Element): Rect => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  };
  /** Inside a closed <details> (not rendered), display: none, visibility: hidden, inert, or no box. */
  const visible = (el: Element): boolean => {
    if (!(el as HTMLElement).checkVisibility?.({ checkVisibilityCSS: true } as CheckVisibilityOptions)) return false;
    if (ancestors(el).some((a) => (a as HTMLElement).inert)) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  };
  const hiddenFromAt = (el: Element): boolean => [el, ...ancestors(el)].some((a) => a.getAttribute('aria-hidden') === 'true');

  // Colours and contrast (WCAG relative luminance).
  const parseColour = (c: string): [number, number, number, number] | null => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const parts = m[1]!.split(/[ ,/]+/).filter(Boolean).map(Number);
    return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
  };
  const luminance = ([r, g, b]: [number, number, number, number]) => {
    const f = (v: number) => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const contrast = (a: [number, number, number, number], b: [number, number, number, number]) => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (l1 + 0.05) / (l2 + 0.05);
  };
  /** The first opaque-ish background behind an element (its ancestors'), white if none. */
  const backgroundBehind = (el: Element): [number, number, number, number] => {
    for (const a of ancestors(el)) {
      const c = parseColour(getComputedStyle(a).backgroundColor);
      if (c && c[3] > 0.5) return c;
    }
    return [255, 255, 255, 1];
  };

  const labelsOf = (el: Element): Element[] => {
    const labels = (el as HTMLInputElement).labels;
    return labels ? Array.from(labels) : [];
  };
  /** The interactive controls: what a keyboard user must reach and a pointer must hit. */
  const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"], audio[controls], video[controls], iframe';
  const controls = (): Element[] =>
    all().filter((el) => {
      if (!el.matches(FOCUSABLE)) return false;
      if (el.localName === 'summary' && el.parentElement?.localName !== 'details') return false;
      if ((el as HTMLButtonElement).disabled) return false;
      if (el.hasAttribute('tabindex') && Number(el.getAttribute('tabindex')) < 0) return false;
      if (ancestors(el).some((a) => (a as HTMLButtonElement).disabled && a.localName === 'fieldset')) return false;
      // An input hidden for its label (e.g. a file input) is reached through the label.
      return visible(el) || labelsOf(el).some(visible);
    });
  /** The area that activates a control: the control and its labels, for inputs. */
  const targetRect = (el: Element): Rect => {
    const rects = [el, ...(el.localName === 'input' ? labelsOf(el) : [])].filter((e) => visible(e)).map(rectOf);
    if (rects.length === 0) return rectOf(el);
    // A wrapping label covers the control; an adjacent label adds its own box.
    const x1 = Math.min(...rects.map((r) => r.x));
    const y1 = Math.min(...rects.map((r) => r.y));
    const x2 = Math.max(...rects.map((r) => r.x + r.w));
    const y2 = Math.max(...rects.map((r) => r.y + r.h));
    return { x: x1, y: y1, w: x2 - x1, h: y2 - y1 };
  };
  /** A link inside a sentence: WCAG 2.5.8's inline exception. */
  const inlineLink = (el: Element): boolean => {
    if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
    const parent = el.parentElement;
    if (!parent) return false;
    const own = (el.textContent ?? '').trim();
    return (parent.textContent ?? '').trim().length > own.length + 2;
  };
  const focusStyle = (el: Element): string => {
    const s = getComputedStyle(el);
    return JSON.stringify([s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor]);
  };
  const deepActive = (): Element | null => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  const deepHit = (x: number, y: number): Element | null => {
    let hit: Element | null = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const keyFor = (el: Element, keyOf: Map<Element, string>, i: number): string => {
    if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
      // A radio group is one Tab stop: key it by its root and name.
      const root = el.form ?? el.getRootNode();
      const existing = [...keyOf.entries()].find(([other]) => other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name && (other.form ?? other.getRootNode()) === root);
      if (existing) return existing[1];
    }
    return `c${i}`;
  };

  switch (kind) {
    case 'charts': {
      const problems: string[] = [];
      let charts = 0;
      for (const el of all()) {
        if (el.localName === 'svg') {
          if (ancestors(el).some((a) => a.localName === 'svg') || !visible(el)) continue;
          const r = el.getBoundingClientRect();
          const role = el.getAttribute('role');
          if (role === 'img' || role === 'graphics-document') {
            charts++;
            const labelledBy = (el.getAttribute('aria-labelledby') ?? '')
              .split(/\s+/)
              .filter(Boolean)
              .map((id) => (el.getRootNode() as Document | ShadowRoot).getElementById(id)?.textContent ?? '')
              .join(' ');
            const name = `${el.getAttribute('aria-label') ?? ''} ${labelledBy}`.trim();
            if (!name) problems.push(`A7: ${describe(el)} has role="img" and no accessible name`);
            const scope = el.closest('figure') ?? (el.getRootNode() as Document | ShadowRoot);
            const table = scope.querySelector('table');
            if (!table) problems.push(`A7: ${describe(el)} has no data table in its figure`);
            else if (!table.querySelector('caption') || !table.querySelector('th')) problems.push(`A7: the data table of ${describe(el)} lacks a <caption> or header cells`);
          } else if (!hiddenFromAt(el) && r.width >= 48 && r.height >= 48) {
            problems.push(`A7: ${describe(el)} is a ${Math.round(r.width)}×${Math.round(r.height)} picture with neither role="img" and a name nor aria-hidden`);
          } else if (hiddenFromAt(el) && r.width >= 120 && r.height >= 80) {
            // (b): hidden chart with an equivalent table beside it.
            const scope = el.closest('figure') ?? (el.getRootNode() as Document | ShadowRoot);
            if (!scope.querySelector('table')) problems.push(`A7: ${describe(el)} is hidden from assistive technology and has no table beside it`);
          }
        }
        if (el.localName === 'canvas' && visible(el) && !hiddenFromAt(el)) {
          const name = (el.getAttribute('aria-label') ?? '').trim();
          if (el.getAttribute('role') !== 'img' || !name) problems.push(`A7: ${describe(el)} is a canvas without role="img" and a name`);
          else charts++;
        }
      }
      return { problems, notes: [`${charts} chart(s) with a text alternative`] };
    }

    case 'targets': {
      const targets = controls()
        .filter((el) => !inlineLink(el))
        .map((el) => ({ el, r: targetRect(el) }))
        .filter(({ r }) => r.w > 0 && r.h > 0);
      const small = targets.filter(({ r }) => r.w < 23.5 || r.h < 23.5);
      const centre = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
      const distanceToRect = (p: { x: number; y: number }, r: Rect) => {
        const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.w));
        const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.h));
        return Math.hypot(dx, dy);
      };
      const problems: string[] = [];
      for (const t of small) {
        const c = centre(t.r);
        // WCAG 2.5.8 spacing: a 24 px circle on the target's centre touches no other target
        // and no other undersized target's circle.
        const crowded = targets.find((o) => {
          if (o === t || o.el.contains(t.el) || t.el.contains(o.el)) return false;
          if (labelsOf(t.el).includes(o.el) || labelsOf(o.el).includes(t.el)) return false;
          if (distanceToRect(c, o.r) < 12) return true;
          return small.includes(o) && Math.hypot(c.x - centre(o.r).x, c.y - centre(o.r).y) < 24;
        });
        if (crowded) problems.push(`A5: ${describe(t.el)} is ${t.r.w.toFixed(0)}×${t.r.h.toFixed(0)} px, closer than 24 px to ${describe(crowded.el)}`);
      }
      return { problems, notes: [`${targets.length} targets, ${small.length} under 24×24 px but spaced`] };
    }

    case 'live': {
      const problems: string[] = [];
      const regions: string[] = [];
      for (const el of all()) {
        const role = el.getAttribute('role');
        const live = el.getAttribute('aria-live');
        const isRegion = role === 'status' || role === 'alert' || role === 'log' || live === 'polite' || live === 'assertive';
        if (!isRegion) continue;
        if (el.localName === 'svg' || el.localName === 'canvas' || el.querySelector('svg[role="img"], canvas')) problems.push(`A8: ${describe(el)} makes a chart a live region`);
        regions.push(`${describe(el).replace(/ ".*$/s, '')}: ${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 120)}`);
      }
      return { problems, notes: regions };
    }

    case 'errors': {
      const problems: string[] = [];
      const notes: string[] = [];
      for (const el of all()) {
        if (el.getAttribute('aria-invalid') !== 'true') continue;
        const root = el.getRootNode() as Document | ShadowRoot;
        const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const messages = ids.map((id) => root.getElementById(id)).filter((m): m is HTMLElement => m !== null && (m.textContent ?? '').trim() !== '');
        if (messages.length === 0) {
          problems.push(`A13: ${describe(el)} is invalid with no message named by aria-describedby`);
          continue;
        }
        const isLive = (a: Element) => ['alert', 'status'].includes(a.getAttribute('role') ?? '') || ['polite', 'assertive'].includes(a.getAttribute('aria-live') ?? '');
        // Announced: the message sits in a live region, or a live region of the field's form
        // (its shadow root or one around it) says what needs fixing.
        const roots = new Set([el, ...ancestors(el)].map((a) => a.getRootNode()));
        const announced =
          messages.some((m) => [m, ...ancestors(m)].some(isLive)) ||
          all().some((r) => isLive(r) && roots.has(r.getRootNode()) && (r.textContent ?? '').trim() !== '');
        if (!announced) problems.push(`A13: the message of ${describe(el)} is not announced: no live region or alert says what needs fixing`);
        notes.push(`${describe(el)} → ${(messages[0]!.textContent ?? '').trim().slice(0, 100)}`);
      }
      return { problems, notes };
    }

    case 'motion': {
      const problems: string[] = [];
      const seconds = (v: string) => Math.max(...v.split(',').map((s) => (s.trim().endsWith('ms') ? parseFloat(s) / 1000 : parseFloat(s) || 0)));
      for (const el of all()) {
        const s = getComputedStyle(el);
        if (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0.01) problems.push(`A9: ${describe(el)} transitions ${s.transitionProperty} for ${s.transitionDuration}`);
        if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) problems.push(`A9: ${describe(el)} runs the animation ${s.animationName}`);
        if (s.scrollBehavior === 'smooth') problems.push(`A9: ${describe(el)} scrolls smoothly`);
      }
      const running = document.getAnimations().filter((a) => a.playState === 'running');
      for (const a of running) problems.push(`A9: an animation runs on ${a.effect instanceof KeyframeEffect && a.effect.target ? describe(a.effect.target) : 'something'}`);
      return { problems, notes: [] };
    }

    case 'reflow': {
      const page = document.scrollingElement ?? document.documentElement;
      const problems = page.scrollWidth > window.innerWidth + 1 ? [`A11: the page scrolls sideways at ${window.innerWidth} px (${page.scrollWidth} px wide)`] : [];
      if (problems.length) {
        const wide = all()
          .filter((el) => visible(el) && el.getBoundingClientRect().right > window.innerWidth + 1 && !ancestors(el).some((a) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)))
          .slice(0, 5)
          .map(describe);
        problems.push(`A11: too wide: ${wide.join('; ')}`);
      }
      return { problems, notes: [] };
    }

    case 'tab-start': {
      // A focusable sentinel at the top of the page: Tab starts from it and ends back at it.
      const sentinel = document.createElement('span');
      sentinel.tabIndex = 0;
      sentinel.setAttribute('aria-label', 'start of the tab walk');
      document.body.prepend(sentinel);
      // Focus first, so that no control is measured while it still has focus.
      window.scrollTo(0, 0);
      sentinel.focus();
      const expected = new Map<string, { el: Element; desc: string; base: string }>();
      const keyOf = new Map<Element, string>();
      controls().forEach((el, i) => {
        const key = keyFor(el, keyOf, i);
        keyOf.set(el, key);
        if (!expected.has(key)) expected.set(key, { el, desc: describe(el), base: focusStyle(el) });
      });
      // Unfocused style of every control (radios of one group each keep their own).
      const base = new Map<Element, string>();
      for (const el of keyOf.keys()) base.set(el, focusStyle(el));
      (w as unknown as { __a11yBase: Map<Element, string> }).__a11yBase = base;
      w.__a11yTab = { sentinel, expected, reached: new Set(), keyOf, seen: 0 };
      return { problems: [], notes: [`${expected.size} Tab stops expected`] };
    }

    case 'tab-step': {
      const state = w.__a11yTab!;
      const base = (w as unknown as { __a11yBase: Map<Element, string> }).__a11yBase;
      const el = deepActive();
      if (!el || el === state.sentinel || el === document.body) return { done: true, problems: [], notes: [] };
      state.seen++;
      const problems: string[] = [];
      const key = state.keyOf.get(el);
      const desc = describe(el);
      if (key) {
        if (state.reached.has(key) && !(el instanceof HTMLInputElement && el.type === 'radio')) return { done: false, repeat: desc, problems, notes: [] };
        state.reached.add(key);
      }
      // A4: a visible indicator, changed from the unfocused style, 2 px or more, 3:1 or more.
      const s = getComputedStyle(el);
      const outlineWidth = s.outlineStyle === 'none' ? 0 : parseFloat(s.outlineWidth);
      const shadow = s.boxShadow !== 'none' && s.boxShadow !== JSON.parse(base.get(el) ?? '[]')[3] ? s.boxShadow : '';
      const behind = backgroundBehind(el);
      const own = parseColour(s.backgroundColor);
      const colours = [
        ...(outlineWidth >= 2 ? [parseColour(s.outlineColor)] : []),
        ...(shadow ? Array.from(shadow.matchAll(/rgba?\([^)]+\)/g)).map((m) => parseColour(m[0])) : []),
      ].filter((c): c is [number, number, number, number] => c !== null && c[3] > 0.5);
      if (outlineWidth < 2 && !shadow) {
        problems.push(`A4: ${desc} shows no focus indicator of 2 px or more (outline ${s.outlineStyle} ${s.outlineWidth})`);
      } else {
        // The indicator must stand out from the page around it (and from the control, for an inner ring).
        const best = Math.max(...colours.map((c) => Math.min(contrast(c, behind), outlineWidth >= 2 || !own || own[3] < 0.5 ? 21 : contrast(c, own))));
        if (!(best >= 3)) problems.push(`A4: the focus indicator of ${desc} has contrast ${best.toFixed(2)}:1 against its surroundings (${s.outlineColor}${shadow ? `, ${shadow}` : ''})`);
      }
      if (base.get(el) === focusStyle(el)) problems.push(`A4: ${desc} looks the same focused and unfocused`);
      // 2.4.11: the focused control is not hidden under something else.
      const r = el.getBoundingClientRect();
      const target = r.width > 2 && r.height > 2 ? el : (labelsOf(el)[0] ?? el);
      const tr = target.getBoundingClientRect();
      const hit = deepHit(tr.left + tr.width / 2, tr.top + tr.height / 2);
      if (hit && hit !== target && !target.contains(hit) && !ancestors(hit).includes(target) && !labelsOf(el).some((l) => l === hit || l.contains(hit))) {
        problems.push(`A4: focused ${desc} is covered by ${describe(hit)}`);
      }
      return { done: false, problems, notes: [], desc, expected: Boolean(key) };
    }

    case 'tab-finish': {
      const state = w.__a11yTab!;
      const missed = [...state.expected.entries()].filter(([k]) => !state.reached.has(k)).map(([, v]) => v.desc);
      state.sentinel.remove();
      delete w.__a11yTab;
      return { problems: missed.map((d) => `A3: Tab never reaches ${d}`), notes: [`${state.reached.size} of ${state.expected.size} Tab stops reached in ${state.seen} presses`] };
    }
  }
}

export async function check(page: Page, kind: 'charts' | 'targets' | 'live' | 'errors' | 'motion' | 'reflow'): Promise<PageCheck> {
  return (await page.evaluate(inPage, kind)) as PageCheck;
}

/**
 * Walks the page with Tab from the top (A3, A4): every control must be reached, each with
 * a visible focus indicator that is not covered. Returns problems and a count.
 */
export async function tabWalk(page: Page, maxPresses = 400): Promise<PageCheck> {
  const problems: string[] = [];
  const start = (await page.evaluate(inPage, 'tab-start' as InPageKind)) as PageCheck;
  let repeats = 0;
  let last = '';
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const step = (await page.evaluate(inPage, 'tab-step' as InPageKind)) as PageCheck & { done: boolean; repeat?: string; desc?: string };
    problems.push(...step.problems);
    if (step.done) break;
    if (step.repeat) {
      // Tab came back to a control already seen: once around the page is enough.
      if (step.repeat === last || ++repeats > 3) {
        if (step.repeat === last) problems.push(`A3: keyboard trap at ${step.repeat}`);
        break;
      }
    }
    last = step.desc ?? step.repeat ?? '';
    if (i === maxPresses - 1) problems.push(`A3: ${maxPresses} Tab presses did not get round the page`);
  }
  const finish = (await page.evaluate(inPage, 'tab-finish' as InPageKind)) as PageCheck;
  return { problems: [...problems, ...finish.problems], notes: [...start.notes, ...finish.notes] };
}
