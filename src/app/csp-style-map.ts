/**
 * `cspStyleMap`: Lit's `styleMap`, but safe under the strict CSP (docs/security.md).
 *
 * Lit's `styleMap` writes its first render as a `style="…"` attribute (setAttribute), which
 * `style-src 'self'` blocks in Chromium (a `style-src-attr` violation; the styles appear only
 * from the second render on). This directive writes every render, the first included,
 * through the CSSOM (`style.setProperty`), which the CSP allows. Same use:
 * `style=${cspStyleMap({ borderColor: c, '--bar': w })}`.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

export type CspStyleInfo = Readonly<Record<string, string | number | undefined | null>>;

/** `borderTopStyle` → `border-top-style`; names with a dash (custom properties) stay as given. */
export const cssPropertyName = (name: string): string =>
  name.includes('-') ? name : name.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g, '-$&').toLowerCase();

class CspStyleMapDirective extends Directive {
  private previous = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style' || (info.strings?.length ?? 0) > 2) {
      throw new Error('cspStyleMap must be the only expression in a style attribute');
    }
  }

  render(_styles: CspStyleInfo): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [CspStyleInfo]): typeof noChange {
    const { style } = part.element as HTMLElement | SVGElement;
    for (const name of this.previous) {
      if (styles[name] == null) {
        style.removeProperty(cssPropertyName(name));
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      const text = String(value);
      const important = text.endsWith('!important');
      style.setProperty(cssPropertyName(name), important ? text.slice(0, -'!important'.length).trim() : text, important ? 'important' : '');
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cspStyleMap = directive(CspStyleMapDirective);
