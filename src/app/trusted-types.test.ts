import { describe, expect, it } from 'vitest';
import { defaultPolicyOptions, sameOriginScriptUrl } from './trusted-types.ts';

const base = 'https://genba.example/workshop/';
const origin = 'https://genba.example';
const policy = defaultPolicyOptions(
  () => base,
  () => origin,
);

describe('the Trusted Types default policy (QUALITY S3)', () => {
  it('refuses a script URL from another origin', () => {
    expect(() => policy.createScriptURL?.('https://evil.example/x.js')).toThrow(TypeError);
    expect(() => policy.createScriptURL?.('//evil.example/x.js')).toThrow(TypeError);
  });

  it('refuses data:, blob: and javascript: URLs', () => {
    expect(() => sameOriginScriptUrl('data:text/javascript,alert(1)', base, origin)).toThrow(TypeError);
    expect(() => sameOriginScriptUrl('blob:https://genba.example/1234', base, origin)).toThrow(TypeError);
    expect(() => sameOriginScriptUrl('javascript:alert(1)', base, origin)).toThrow(TypeError);
  });

  it('lets through same-origin worker and service-worker URLs', () => {
    expect(policy.createScriptURL?.('/assets/w.js')).toBe('https://genba.example/assets/w.js');
    expect(policy.createScriptURL?.('sw.js')).toBe('https://genba.example/workshop/sw.js');
    expect(policy.createScriptURL?.('https://genba.example/workshop/assets/mc.worker-abc.js')).toBe(
      'https://genba.example/workshop/assets/mc.worker-abc.js',
    );
  });

  it('has no createHTML or createScript, so HTML and script strings stay blocked', () => {
    expect(Object.keys(policy)).toEqual(['createScriptURL']);
  });
});
