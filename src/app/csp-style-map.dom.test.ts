import { describe, expect, it } from 'vitest';
import { html, render } from 'lit';
import { cspStyleMap, cssPropertyName } from './csp-style-map.ts';

describe('cspStyleMap', () => {
  it('names properties as CSS does', () => {
    expect(cssPropertyName('borderTopStyle')).toBe('border-top-style');
    expect(cssPropertyName('webkitAppearance')).toBe('-webkit-appearance');
    expect(cssPropertyName('--bar-width')).toBe('--bar-width');
  });

  it('sets, updates and removes inline styles through the CSSOM, from the first render on', () => {
    const host = document.createElement('div');
    const view = (styles: Record<string, string | undefined>) => html`<span style=${cspStyleMap(styles)}></span>`;
    render(view({ borderColor: 'red', '--w': '3px' }), host);
    const span = host.querySelector('span') as HTMLSpanElement;
    expect(span.style.getPropertyValue('border-color')).toBe('red');
    expect(span.style.getPropertyValue('--w')).toBe('3px');
    render(view({ borderColor: 'blue', '--w': undefined }), host);
    expect(span.style.getPropertyValue('border-color')).toBe('blue');
    expect(span.style.getPropertyValue('--w')).toBe('');
  });

  it('refuses other attributes', () => {
    const host = document.createElement('div');
    expect(() => render(html`<span class=${cspStyleMap({})}></span>`, host)).toThrow(/style attribute/);
  });
});
