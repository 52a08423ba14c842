/**
 * Memoises a function on the identity of its last arguments: charts use it so that a
 * render caused only by a moving cursor reuses the path strings it computed before.
 */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let lastResult: R;
  return (...args: A): R => {
    if (lastArgs !== null && lastArgs.length === args.length && args.every((a, i) => Object.is(a, lastArgs![i]))) {
      return lastResult;
    }
    lastResult = fn(...args);
    lastArgs = args;
    return lastResult;
  };
}

/**
 * Memoises `fn(key, ...rest)` per `key` object (held weakly): each key remembers its last
 * result and the identity of the other arguments. For data whose container is rebuilt on
 * every render while its parts are not (a new `lanes` array around the same intervals).
 */
export function memoPerObject<K extends object, A extends readonly unknown[], R>(fn: (key: K, ...args: A) => R): (key: K, ...args: A) => R {
  const cache = new WeakMap<K, { args: A; result: R }>();
  return (key: K, ...args: A): R => {
    const hit = cache.get(key);
    if (hit && hit.args.length === args.length && args.every((a, i) => Object.is(a, hit.args[i]))) return hit.result;
    const result = fn(key, ...args);
    cache.set(key, { args, result });
    return result;
  };
}
