/**
 * A schema built the first time it is used. zod builds every schema with its methods at
 * once; the model's and the contract's schemas took about 15 ms of every start, before the
 * window could paint or a command could print, for schemas most starts never use.
 *
 * The stand-in forwards everything to the built schema, so it parses, composes, narrows
 * (`instanceof`) and types as the schema itself. It is not the same object: what zod builds
 * around it (`.optional()`, a registry entry) holds the built schema, so compare schemas by
 * what they accept, never by identity (nothing here does). It cannot be frozen.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(schema(), key),
    has: (_, key) => Reflect.has(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_, key) => {
      const found = Reflect.getOwnPropertyDescriptor(schema(), key);
      // A proxy may not report a property as non-configurable that its own target lacks.
      return found && { ...found, configurable: true };
    },
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
    // Refused rather than done to the empty stand-in, which would break it for good.
    preventExtensions: () => false,
    isExtensible: () => true,
  });
}
