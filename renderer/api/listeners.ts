/** A small map of event name → listeners, shared by both client implementations. */
export class Listeners {
  private readonly byName = new Map<string, Set<(payload: unknown) => void>>();

  add(name: string, listener: (payload: unknown) => void): () => void {
    let set = this.byName.get(name);
    if (!set) {
      set = new Set();
      this.byName.set(name, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  emit(name: string, payload: unknown): void {
    for (const listener of this.byName.get(name) ?? []) {
      try {
        listener(payload);
      } catch (error) {
        console.error(`A listener of ${name} failed`, error);
      }
    }
  }
}
