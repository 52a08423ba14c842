/**
 * The parameter editor of a flow-line scenario (Model A). It edits a draft of the scenario
 * given in `scenario`; after every change it builds the candidate scenario and validates it
 * with parseScenario. A valid one is announced with `genba-scenario-change`; an invalid one
 * announces nothing (the last valid run stays on screen) and each offending field is marked
 * `aria-invalid` with the validator's message under it, while a status line counts the
 * fields to fix and lists any problem no field shows.
 *
 * Numbers and texts apply on `change` (leaving the field or pressing Enter), not on every
 * keystroke. Names typed by users are rendered as text only.
 *
 * @fires genba-scenario-change - detail: {@link FlowScenarioChangeDetail}; bubbles, composed.
 *   On every edit that gives a valid scenario different from the last valid one, and on reset.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { TIME_UNITS, type FlowLineScenario } from '../../scenario/index.ts';
import { controlStyles, numberTextOf, renderMessages, shownNumberText, syncSelect, textOf } from './controls.ts';
import type { DistributionDraft } from './distribution-draft.ts';
import {
  addStation,
  canAddStation,
  canRemoveStation,
  draftFromScenario,
  handlingApplies,
  moveApplies,
  moveStation,
  removeStation,
  withLine,
  withRelease,
  withStation,
  type FlowDraft,
  type ReleaseMode,
  type StationDistributionKey,
  type StationDraft,
  type TimeUnit,
} from './draft.ts';
import { flowParamsStyles } from './flow-params-styles.ts';
import { FIELD, checkDraft, loadFlowScenario, stationFieldId, type DraftCheck } from './fields.ts';
import { STATION_DISTRIBUTIONS, distributionLabel, isReleaseMode, isTimeUnit, releaseLabel, stationLabel, timeUnitLabel } from './flow-params-labels.ts';
import { renderDraftStatus } from './draft-status.ts';
import './genba-distribution-input.ts';
import './genba-flow-pull-fields.ts';

export interface FlowScenarioChangeDetail {
  /** The validated scenario (defaults filled in), fresh from parseScenario. */
  readonly scenario: FlowLineScenario;
}

@customElement('genba-flow-params')
@localized()
export class GenbaFlowParams extends LitElement {
  static override styles = [controlStyles, flowParamsStyles];

  /**
   * The lesson's scenario: a validated flow-line scenario (as parseScenario returns it) or
   * the raw JSON object of a preset. Setting it replaces the draft; "Reset" comes back to
   * it. A value identical (===) to the last scenario this editor announced is ignored, so
   * an owner that passes each announced scenario back down keeps the user's draft.
   */
  @property({ attribute: false }) scenario: unknown = undefined;

  /** The draft being edited; undefined until a flow-line scenario is loaded. */
  @state() private draft: FlowDraft | undefined;
  /** The validator's verdict on the draft. */
  @state() private check: DraftCheck | undefined;
  /** Why `scenario` cannot be edited, when it cannot. */
  @state() private loadProblems: readonly string[] = [];

  /** The validated lesson scenario, for Reset. */
  private lesson: FlowLineScenario | undefined;
  /** The last scenario announced, to recognise it when the owner passes it back. */
  private lastEmitted: FlowLineScenario | undefined;
  /** JSON of the last valid scenario, so an edit that changes nothing announces nothing. */
  private lastValidJson = '';
  /** The id of the control to focus once the next render is done (after add, remove, move). */
  private pendingFocus: string | undefined;

  /** The language the messages of `check` are worded in: a switch words them again. */
  private checkedLocale = getLocale();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('scenario') && this.scenario !== this.lastEmitted) this.load();
    else if (this.checkedLocale !== getLocale()) {
      if (this.draft !== undefined) this.check = checkDraft(this.draft);
      else if (this.loadProblems.length > 0) this.load();
    }
    this.checkedLocale = getLocale();
  }

  protected override updated(): void {
    if (this.draft !== undefined) {
      syncSelect(this.renderRoot, FIELD.timeUnit, this.draft.timeUnit);
      syncSelect(this.renderRoot, FIELD.releaseMode, this.draft.release.mode);
    }
    if (this.pendingFocus === undefined) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`[id="${this.pendingFocus}"]`);
    this.pendingFocus = undefined;
    target?.focus();
  }

  private load(): void {
    const loaded = loadFlowScenario(this.scenario);
    if (!loaded.ok) {
      this.lesson = undefined;
      this.draft = undefined;
      this.check = undefined;
      this.loadProblems = this.scenario === undefined || this.scenario === null ? [] : loaded.messages;
      return;
    }
    this.loadProblems = [];
    this.lesson = loaded.scenario;
    this.show(loaded.scenario);
  }

  /** Shows a valid scenario as the draft, with nothing to fix. */
  private show(scenario: FlowLineScenario): void {
    const draft = draftFromScenario(scenario);
    this.draft = draft;
    this.check = checkDraft(draft);
    this.lastValidJson = JSON.stringify(scenario);
  }

  private emit(scenario: FlowLineScenario): void {
    this.lastEmitted = scenario;
    this.dispatchEvent(
      new CustomEvent<FlowScenarioChangeDetail>('genba-scenario-change', { detail: { scenario }, bubbles: true, composed: true }),
    );
  }

  /** Takes an edited draft: validates it and announces it when it is a new valid scenario. */
  private edit(next: FlowDraft, focus?: string): void {
    this.draft = next;
    this.pendingFocus = focus;
    const check = checkDraft(next);
    this.check = check;
    if (!check.ok) return;
    const json = JSON.stringify(check.scenario);
    if (json === this.lastValidJson) return;
    this.lastValidJson = json;
    this.emit(check.scenario);
  }

  private reset(): void {
    if (this.lesson === undefined) return;
    this.show(this.lesson);
    this.emit(this.lesson);
  }

  // --- Station list ------------------------------------------------------------------------

  private addAtEnd(d: FlowDraft): void {
    const next = addStation(d);
    this.edit(next, stationFieldId(next.stations.length - 1, 'name'));
  }

  private removeAt(d: FlowDraft, index: number): void {
    const next = removeStation(d, index);
    this.edit(next, stationFieldId(Math.min(index, next.stations.length - 1), 'name'));
  }

  private moveAt(d: FlowDraft, index: number, by: -1 | 1): void {
    const to = index + by;
    const last = d.stations.length - 1;
    // Focus follows the moved station; at the end of the line its other button takes it.
    const direction = (by === -1 && to > 0) || (by === 1 && to === last) ? 'up' : 'down';
    this.edit(moveStation(d, index, by), `stations[${to}]-${direction}`);
  }

  // --- Rendering ---------------------------------------------------------------------------

  private messagesFor(id: string): readonly string[] | undefined {
    return this.check?.ok === false ? this.check.byField.get(id) : undefined;
  }

  private invalid(id: string) {
    return this.messagesFor(id) === undefined ? nothing : 'true';
  }

  private describedBy(id: string) {
    return this.messagesFor(id) === undefined ? nothing : `${id}-msg`;
  }

  private get allMessages(): ReadonlyMap<string, readonly string[]> {
    return this.check?.ok === false ? this.check.byField : new Map();
  }

  private numberInput(id: string, text: string, apply: (text: string) => FlowDraft) {
    return html`<input
      id=${id}
      type="text"
      inputmode="decimal"
      autocomplete="off"
      spellcheck="false"
      .value=${live(shownNumberText(text))}
      aria-invalid=${this.invalid(id)}
      aria-describedby=${this.describedBy(id)}
      @change=${(e: Event) => this.edit(apply(numberTextOf(e)))}
    />`;
  }

  private textInput(id: string, text: string, apply: (text: string) => FlowDraft) {
    return html`<input
      id=${id}
      type="text"
      autocomplete="off"
      .value=${live(text)}
      aria-invalid=${this.invalid(id)}
      aria-describedby=${this.describedBy(id)}
      @change=${(e: Event) => this.edit(apply(textOf(e)))}
    />`;
  }

  /** A labelled field with its messages under it. */
  private field(id: string, label: string, control: unknown) {
    return html`<div class="field">
      <div class="control"><label for=${id}>${label}</label>${control}</div>
      ${renderMessages(id, this.messagesFor(id))}
    </div>`;
  }

  private distribution(base: string, label: string, value: DistributionDraft, apply: (d: DistributionDraft) => FlowDraft, compact = false) {
    return html`<genba-distribution-input
      .base=${base}
      .label=${label}
      .distribution=${value}
      .messages=${this.allMessages}
      .compact=${compact}
      @genba-distribution-edit=${(e: CustomEvent<{ distribution: DistributionDraft }>) => this.edit(apply(e.detail.distribution))}
    ></genba-distribution-input>`;
  }

  private renderStation(d: FlowDraft, s: StationDraft, i: number) {
    const nameId = stationFieldId(i, 'name');
    const defectId = stationFieldId(i, 'defectRate');
    const label = stationLabel(s, i);
    const last = d.stations.length - 1;
    const shown = handlingApplies(d);
    return html`<fieldset class="station cols">
      <legend class="sr-only">${s.name.trim() === '' ? msg(str`Station ${i + 1}`) : msg(str`Station ${i + 1}: ${s.name}`)}</legend>
      <span class="num" aria-hidden="true">${i + 1}</span>
      <div class="cell">
        <label class="sr-only" for=${nameId}>${msg('Name')}</label>
        ${this.textInput(nameId, s.name, (text) => withStation(d, i, { name: text }))}
        ${renderMessages(nameId, this.messagesFor(nameId))}
      </div>
      ${STATION_DISTRIBUTIONS.map((key) =>
        key === 'handlingTime' && !shown
          ? html`<div class="cell na">${msg('none with a transfer batch of 1')}</div>`
          : html`<div class="cell">
              ${this.distribution(stationFieldId(i, key), distributionLabel(key), s[key], (dist) => withStation(d, i, { [key]: dist }), true)}
            </div>`,
      )}
      <div class="cell">
        <label class="sr-only" for=${defectId}>${msg('Defect rate')}</label>
        ${this.numberInput(defectId, s.defectRate, (text) => withStation(d, i, { defectRate: text }))}
        ${renderMessages(defectId, this.messagesFor(defectId))}
      </div>
      <div class="cell tools">
        <button type="button" id=${`stations[${i}]-up`} aria-label=${msg(str`Move ${label} up`)} ?disabled=${i === 0} @click=${() => this.moveAt(d, i, -1)}>
          ${msg('Up')}
        </button>
        <button type="button" id=${`stations[${i}]-down`} aria-label=${msg(str`Move ${label} down`)} ?disabled=${i === last} @click=${() => this.moveAt(d, i, 1)}>
          ${msg('Down')}
        </button>
        <button type="button" id=${`stations[${i}]-remove`} aria-label=${msg(str`Remove station ${label}`)} ?disabled=${!canRemoveStation(d)} @click=${() => this.removeAt(d, i)}>
          ${msg('Remove')}
        </button>
      </div>
    </fieldset>`;
  }

  private renderStations(d: FlowDraft) {
    const full = !canAddStation(d);
    return html`<fieldset class="group">
      <legend>${msg(str`Stations, first to last (${d.stations.length} of 20)`)}</legend>
      <div class="table">
        <div class="cols colheads" aria-hidden="true">
          <span>#</span><span>${msg('Name')}</span>${STATION_DISTRIBUTIONS.map((key) => html`<span>${distributionLabel(key)}</span>`)}<span>${msg('Defect rate')}</span><span></span>
        </div>
        ${repeat(d.stations, (s) => s.key, (s, i) => this.renderStation(d, s, i))}
      </div>
      <div class="add">
        <button type="button" ?disabled=${full} @click=${() => this.addAtEnd(d)}>${msg('Add station')}</button>
        ${full ? html`<span>${msg('A line has at most 20 stations.')}</span>` : nothing}
      </div>
    </fieldset>`;
  }

  private renderRelease(d: FlowDraft) {
    const r = d.release;
    const modeSelect = html`<select id=${FIELD.releaseMode} @change=${(e: Event) => {
      const mode = textOf(e);
      if (isReleaseMode(mode)) this.edit(withRelease(d, { mode }));
    }}>
      ${(['order', 'flow'] as const).map((m) => html`<option value=${m} ?selected=${m === r.mode}>${releaseLabel(m)}</option>`)}
    </select>`;
    return html`<fieldset class="group release">
      <legend>${msg('Release')}</legend>
      <div class="fields">
        ${this.field(FIELD.releaseMode, msg('Release'), modeSelect)}
        ${r.mode === 'order'
          ? this.field(FIELD.quantity, msg('Quantity'), this.numberInput(FIELD.quantity, r.quantity, (text) => withRelease(d, { quantity: text })))
          : html`<div class="field">
                ${this.distribution(FIELD.interarrival, msg('Inter-arrival time'), r.interarrival, (dist) => withRelease(d, { interarrival: dist }))}
              </div>
              ${this.field(FIELD.horizon, msg('Horizon'), this.numberInput(FIELD.horizon, r.horizon, (text) => withRelease(d, { horizon: text })))}
              ${this.field(FIELD.warmup, msg('Warm-up'), this.numberInput(FIELD.warmup, r.warmup, (text) => withRelease(d, { warmup: text })))}`}
      </div>
    </fieldset>`;
  }

  private renderEditor(d: FlowDraft) {
    const unitSelect = html`<select id=${FIELD.timeUnit} @change=${(e: Event) => {
      const unit = textOf(e);
      if (isTimeUnit(unit)) this.edit(withLine(d, { timeUnit: unit }));
    }}>
      ${TIME_UNITS.map((u) => html`<option value=${u} ?selected=${u === d.timeUnit}>${timeUnitLabel(u)}</option>`)}
    </select>`;
    // The line's levers first (transfer batch is lesson 1's), then the stations.
    return html`
      <fieldset class="group">
        <legend>${msg('Scenario')}</legend>
        <div class="fields">
          ${this.field(FIELD.name, msg('Name'), this.textInput(FIELD.name, d.name, (text) => withLine(d, { name: text })))}
          ${this.field(FIELD.timeUnit, msg('All times in'), unitSelect)}
          ${this.field(FIELD.seed, msg('Seed'), this.textInput(FIELD.seed, d.seedText, (text) => withLine(d, { seedText: text })))}
          ${this.field(FIELD.replications, msg('Replications'), this.numberInput(FIELD.replications, d.replications, (text) => withLine(d, { replications: text })))}
        </div>
      </fieldset>
      <div class="pair">
        <fieldset class="group line">
          <legend>${msg('Line')}</legend>
          <div class="fields">
            ${this.field(FIELD.transferBatch, msg('Transfer batch'), this.numberInput(FIELD.transferBatch, d.transferBatch, (text) => withLine(d, { transferBatch: text })))}
            ${moveApplies(d)
              ? html`<div class="field">${this.distribution(FIELD.moveTime, msg('Move time'), d.moveTime, (dist) => withLine(d, { moveTime: dist }))}</div>`
              : nothing}
          </div>
        </fieldset>
        ${this.renderRelease(d)}
      </div>
      ${this.renderStations(d)}
      <genba-flow-pull-fields .draft=${d} .messages=${this.allMessages} @genba-draft-edit=${(e: CustomEvent<{ draft: FlowDraft }>) => this.edit(e.detail.draft)}></genba-flow-pull-fields>
    `;
  }

  override render() {
    const d = this.draft;
    if (d === undefined) {
      return html`<div class="status" role="status" aria-live="polite">
        ${this.loadProblems.length === 0
          ? html`<p class="ok">${msg('No flow-line scenario to edit yet.')}</p>`
          : html`<p class="bad">${msg('This scenario cannot be edited here:')}</p>
              <ul>${this.loadProblems.map((m) => html`<li>${m}</li>`)}</ul>`}
      </div>`;
    }
    return html`
      <div class="head">
        ${renderDraftStatus(this.check)}
        <button type="button" class="reset" @click=${this.reset}>${msg("Reset to the lesson's scenario")}</button>
      </div>
      ${this.renderEditor(d)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-flow-params': GenbaFlowParams;
  }
  interface GlobalEventHandlersEventMap {
    'genba-scenario-change': CustomEvent<FlowScenarioChangeDetail>;
  }
}
