/** Lesson 4's presets, in the order the lesson tells them, named as the site's list names them. */

export const PULL_PRESETS = ['pull-bottleneck.json', 'pull-balanced.json', 'kanban-one-square-short.json', 'penny-fab.json'] as const;
export const DEFAULT_PRESET = PULL_PRESETS[0];

export interface PresetEntry {
  readonly file: string;
  readonly name: string;
}

/** The lesson's presets found in the site's list (public/scenarios/index.json), in the lesson's order. */
export function pullPresetEntries(list: unknown): PresetEntry[] {
  const entries = Array.isArray(list) ? (list as { file?: unknown; name?: unknown }[]) : [];
  return PULL_PRESETS.flatMap((file) => {
    const e = entries.find((x) => x.file === file);
    return e && typeof e.name === 'string' ? [{ file, name: e.name }] : [];
  });
}
