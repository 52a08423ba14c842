/**
 * The built-in presets' names in the page's language (issue 16). A scenario's names are
 * data — station and work-element names key their random streams, so they are never
 * changed — and are shown through `shownName`: a name that is one of the built-in presets'
 * (a preset's title or description, a station, work element, setup step or market state)
 * is shown from the catalogue below, in Chinese when the page is; any other name, one the
 * user typed, is shown as typed. Each entry is a catalogue message with an id
 * `preset.<kind>.<English>`, so the translator finds them together in xliff/zh-CN.xlf.
 *
 * Adding a preset: add its title, description and new names here (the test
 * `preset-names.test.ts` fails on a preset name that has no entry).
 */
import { msg } from '@lit/localize';

type Entry = () => string;

/** Every name of the built-in presets (public/scenarios), in English as the files write them. */
const NAMES: Readonly<Record<string, Entry>> = {
  // Preset titles (index.json and the files' `name`).
  'The batching illusion': () => msg('The batching illusion', { id: 'preset.title.batching-illusion' }),
  'Penny game, batch of 20': () => msg('Penny game, batch of 20', { id: 'preset.title.penny-20' }),
  'Penny game, batch of 5': () => msg('Penny game, batch of 5', { id: 'preset.title.penny-5' }),
  'Penny game, batch of 1': () => msg('Penny game, batch of 1', { id: 'preset.title.penny-1' }),
  'Long setups: when small batches lose': () => msg('Long setups: when small batches lose', { id: 'preset.title.long-setups' }),
  'Handling makes batches slower': () => msg('Handling makes batches slower', { id: 'preset.title.handling' }),
  'It failed before': () => msg('It failed before', { id: 'preset.title.it-failed-before' }),
  'Launch: 500 or 30,000?': () => msg('Launch: 500 or 30,000?', { id: 'preset.title.launch-seed' }),
  'Launch: patient customers': () => msg('Launch: patient customers', { id: 'preset.title.launch-patient' }),
  'Launch: slow ramp-up': () => msg('Launch: slow ramp-up', { id: 'preset.title.launch-ramp-up' }),
  'Launch: thin margin': () => msg('Launch: thin margin', { id: 'preset.title.launch-thin-margin' }),
  // Stations.
  Cut: () => msg('Cut', { id: 'preset.station.cut' }),
  Bend: () => msg('Bend', { id: 'preset.station.bend' }),
  Weld: () => msg('Weld', { id: 'preset.station.weld' }),
  Paint: () => msg('Paint', { id: 'preset.station.paint' }),
  Pack: () => msg('Pack', { id: 'preset.station.pack' }),
  Press: () => msg('Press', { id: 'preset.station.press' }),
  Assemble: () => msg('Assemble', { id: 'preset.station.assemble' }),
  'Flipper 1': () => msg('Flipper 1', { id: 'preset.station.flipper-1' }),
  'Flipper 2': () => msg('Flipper 2', { id: 'preset.station.flipper-2' }),
  'Flipper 3': () => msg('Flipper 3', { id: 'preset.station.flipper-3' }),
  'Flipper 4': () => msg('Flipper 4', { id: 'preset.station.flipper-4' }),
  // Work elements and setup steps (lesson 2's line).
  'load bar': () => msg('load bar', { id: 'preset.element.load-bar' }),
  'cut to length': () => msg('cut to length', { id: 'preset.element.cut-to-length' }),
  deburr: () => msg('deburr', { id: 'preset.element.deburr' }),
  'stack blank': () => msg('stack blank', { id: 'preset.element.stack-blank' }),
  'load program': () => msg('load program', { id: 'preset.element.load-program' }),
  'place blank': () => msg('place blank', { id: 'preset.element.place-blank' }),
  press: () => msg('press', { id: 'preset.element.press' }),
  'remove part': () => msg('remove part', { id: 'preset.element.remove-part' }),
  'fetch die from store': () => msg('fetch die from store', { id: 'preset.element.fetch-die' }),
  'get clamps and tools': () => msg('get clamps and tools', { id: 'preset.element.get-clamps' }),
  'swap die': () => msg('swap die', { id: 'preset.element.swap-die' }),
  'trial hit': () => msg('trial hit', { id: 'preset.element.trial-hit' }),
  'load fixture': () => msg('load fixture', { id: 'preset.element.load-fixture' }),
  tack: () => msg('tack', { id: 'preset.element.tack' }),
  'seam weld': () => msg('seam weld', { id: 'preset.element.seam-weld' }),
  'unclamp part': () => msg('unclamp part', { id: 'preset.element.unclamp-part' }),
  'fetch fixture': () => msg('fetch fixture', { id: 'preset.element.fetch-fixture' }),
  'swap fixture': () => msg('swap fixture', { id: 'preset.element.swap-fixture' }),
  'fit bracket': () => msg('fit bracket', { id: 'preset.element.fit-bracket' }),
  fasten: () => msg('fasten', { id: 'preset.element.fasten' }),
  'walk to parts rack': () => msg('walk to parts rack', { id: 'preset.element.walk-to-rack' }),
  'fit label': () => msg('fit label', { id: 'preset.element.fit-label' }),
  inspect: () => msg('inspect', { id: 'preset.element.inspect' }),
  box: () => msg('box', { id: 'preset.element.box' }),
  // Market states (lesson 3).
  good: () => msg('good', { id: 'preset.market.good' }),
  bad: () => msg('bad', { id: 'preset.market.bad' }),
  // Strategies (lesson 3, Model B version 2).
  pilot: () => msg('pilot', { id: 'preset.strategy.pilot' }),
  forecast: () => msg('forecast', { id: 'preset.strategy.forecast' }),
  "Launch: pilot, or commit to the forecast?": () => msg("Launch: pilot, or commit to the forecast?", { id: 'preset.title.launch-ohno-question' }),
  "Launch: when the forecast pays": () => msg("Launch: when the forecast pays", { id: 'preset.title.launch-forecast-wins' }),
  "Launch: a line built for the forecast": () => msg("Launch: a line built for the forecast", { id: 'preset.title.launch-forecast-line' }),
  "Push or pull: a balanced line": () => msg("Push or pull: a balanced line", { id: 'preset.title.pull-balanced' }),
  "Push or pull: a bottleneck": () => msg("Push or pull: a bottleneck", { id: 'preset.title.pull-bottleneck' }),
  "Kanban with one square too few": () => msg("Kanban with one square too few", { id: 'preset.title.kanban-short' }),
  "The Penny Fab (Hopp and Spearman)": () => msg("The Penny Fab (Hopp and Spearman)", { id: 'preset.title.penny-fab' }),
  "Head stamping": () => msg("Head stamping", { id: 'preset.station.head-stamping' }),
  "Tail stamping": () => msg("Tail stamping", { id: 'preset.station.tail-stamping' }),
  "Rimming": () => msg("Rimming", { id: 'preset.station.rimming' }),
  "Deburring": () => msg("Deburring", { id: 'preset.station.deburring' }),
};

/** Descriptions of the presets, by file (index.json). */
const DESCRIPTIONS: Readonly<Record<string, Entry>> = {
  'batching-illusion.json': () =>
    msg(
      'An order of 50 parts goes through five stations that each pay a short setup before every batch and, in containers of 10, take every part out and put it back, so batching feels faster at every station while the customer waits far longer.',
      { id: 'preset.description.batching-illusion' },
    ),
  'penny-game-batch-20.json': () =>
    msg('Four people each flip 20 coins at one second a flip and pass them on only when all 20 are done, so the last coin is delivered after 80 seconds.', { id: 'preset.description.penny-20' }),
  'penny-game-batch-5.json': () =>
    msg('Four people each flip 20 coins at one second a flip and pass them on 5 coins at a time, so the last coin is delivered after 35 seconds.', { id: 'preset.description.penny-5' }),
  'penny-game-batch-1.json': () =>
    msg('Four people each flip 20 coins at one second a flip and pass them on one coin at a time, so the last coin is delivered after 23 seconds.', { id: 'preset.description.penny-1' }),
  'long-setups.json': () =>
    msg(
      'Every changeover takes 2 minutes and handling only 0.1 minute a part, so passed on one at a time with a setup for every part, one-piece flow loses a little to batches of 10; setting up once for ten and still passing the parts on one at a time beats both clearly.',
      { id: 'preset.description.long-setups' },
    ),
  'handling-makes-batches-slower.json': () =>
    msg(
      'Five stations pass parts in containers of 10, and taking each part out and putting it back adds about 0.4 of its work time, so the line runs 81% busy with long lead times where one-piece flow would run 57% busy with short ones.',
      { id: 'preset.description.handling' },
    ),
  'it-failed-before.json': () =>
    msg(
      'A mixed-model line of five stations changes dies and fixtures before every batch, and when the team tried one-piece flow every part paid a whole die change at the press, so lead time nearly doubled and the team went back to containers of 10.',
      { id: 'preset.description.it-failed-before' },
    ),
  'launch-seed-case.json': () =>
    msg(
      "Ohno's case: a new car may sell 30,000 a month in a good market or 500 in a bad one, and the plant must choose between a pilot batch of 500 and a full launch of 30,000.",
      { id: 'preset.description.launch-seed' },
    ),
  'launch-patient-customers.json': () =>
    msg('The seed case with customers who wait: 60% of the demand not met in a period comes back the next period, so a small pilot batch loses less.', { id: 'preset.description.launch-patient' }),
  'launch-slow-ramp-up.json': () =>
    msg(
      'The seed case with a ramp-up of four periods: after launch the plant makes nothing until month 6, so a pilot batch that runs out leaves demand unserved for longer.',
      { id: 'preset.description.launch-ramp-up' },
    ),
  'launch-thin-margin.json': () =>
    msg('The seed case with a price of 13 against a cost of 12, so each unsold unit costs eight times what each sold unit earns.', { id: 'preset.description.launch-thin-margin' }),
  'launch-ohno-question.json': () => msg("Ohno's question: a new car may sell 30,000 a month in a good market or 500 in a bad one, at even odds, and the plant either builds a pilot batch of 500 and scales up when the market answers, or commits to 30,000 a month for three months on the forecast.", { id: 'preset.description.launch-ohno-question' }),
  'launch-forecast-wins.json': () => msg("The same choice with good odds and a high margin: the market is good four times in five and a car sells for 30 against a cost of 12, so committing to the forecast earns more on average, and still loses money in one market in five.", { id: 'preset.description.launch-forecast-wins' }),
  'launch-forecast-line-fixed-cost.json': () => msg("Good odds (four in five) but the forecast needs its own line, 500,000 of tooling paid before the first car: the fixed cost takes away the forecast's edge, while the pilot runs on the existing line.", { id: 'preset.description.launch-forecast-line' }),
  'pull-balanced.json': () => msg("An order of 60 goes through four stations of about an hour each, pushed all at once or pulled with at most 10 in the line, and both lines deliver it in about the same time while the pulled one holds a fraction of the work in progress, flow time and cash.", { id: 'preset.description.pull-balanced' }),
  'pull-bottleneck.json': () => msg("An order of 60 goes through four stations where Weld takes 1.25 hours a unit and the others 0.8, so pushed the whole order piles up in front of Weld while pulled with a cap of 6 the queue stays short and the order is delivered just as fast.", { id: 'preset.description.pull-bottleneck' }),
  'kanban-one-square-short.json': () => msg("The bottleneck line pulled with one kanban square in front of each station, one square too few: stations are blocked whenever the next square is taken and Weld starves behind them, so pull done badly loses throughput too.", { id: 'preset.description.kanban-short' }),
  'penny-fab.json': () => msg("The Penny Fab of Factory Physics, four stations of two hours each with everyday variation (cv 0.5) and a critical WIP of 4, for the WIP-cap sweep: throughput climbs to one every two hours, then every penny added only lengthens the flow time.", { id: 'preset.description.penny-fab' }),
};

/** True when `name` is one of the built-in presets' names. */
export function isPresetName(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(NAMES, name);
}

/** A name as shown: a built-in preset's name in the page's language, any other as typed. */
export function shownName(name: string): string {
  return isPresetName(name) ? (NAMES[name] as Entry)() : name;
}

/** A preset's description in the page's language, or `fallback` (the index's text) for one not in the catalogue. */
export function presetDescription(file: string, fallback: string): string {
  return Object.prototype.hasOwnProperty.call(DESCRIPTIONS, file) ? (DESCRIPTIONS[file] as Entry)() : fallback;
}
