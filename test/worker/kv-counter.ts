/** The KV binding wrapped so a test sees every key a request reads. */
export function readCounter(kv: KVNamespace): { kv: KVNamespace; keys: string[]; reset(): void } {
  const keys: string[] = [];
  const counted = new Proxy(kv, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (prop === "get") return (key: string, ...rest: unknown[]) => (keys.push(key), (value as Function).call(target, key, ...rest));
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { kv: counted, keys, reset: () => void (keys.length = 0) };
}
