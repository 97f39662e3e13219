/** Text for generated documents (tests and benchmarks alike: nothing here needs vitest). */

/** A short news-like text, deterministic for a given index. */
export function newsText(index: number): string {
  const convoys = 3 + (index % 7);
  const vehicles = 40 + ((index * 13) % 90);
  return (
    `Report ${index}. The Syrian Observatory for Human Rights said on Tuesday that ${convoys} convoys had entered Idlib ` +
    `via the Kafr Losin crossing. The columns consisted of more than ${vehicles} armoured vehicles, according to local sources.`
  );
}
