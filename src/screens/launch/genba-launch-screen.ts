/**
 * `genba-launch-screen`: lesson 3, Ohno's question (commit the plant to the forecast, or a
 * pilot and scale up?), opening on launch-ohno-question.json with one market's story, then
 * predict, run the many markets in workers, read the ledger, hindsight and break-even views.
 * A version-1 case (two launch quantities) shows its results as it always has. A thin
 * composition: the run is a reactive controller (launch-run-controller.ts), links are
 * launch-link.ts, each section a component; every figure comes from src/lessons/launch.
 */
import { issueText } from '../../i18n/issue-text.ts';
import { shownName } from '../../i18n/preset-names.ts';
import { reportProgress } from '../../app/progress.ts';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { getLocale } from '../../i18n/locale.ts';
import '../../components/launch/genba-launch-decision.ts';
import '../../components/launch/genba-launch-prediction.ts';
import '../../components/launch/genba-launch-run-controls.ts';
import { afterPaint, whenIdle } from '../../app/after-paint.ts';
import { loadBelowFold } from './launch-below-fold.ts';
import { FileDropController } from '../../components/share/file-drop-controller.ts';
import type { CsvDownload, GenbaSharePanel, OpenScenarioDetail } from '../../components/share/genba-share-panel.ts';
import { parseFragment } from '../../app/routes.ts';
import type { LinkState } from '../../share/index.ts';
import type { GenbaLaunchRunControls } from '../../components/launch/genba-launch-run-controls.ts';
import type { PresetEntry } from '../../components/launch/genba-launch-parameters.ts';
import { formatWhole } from '../../lessons/launch/format.ts';
import { applyEdit, formFromScenario, rawScenarioOf, validateLaunchForm, type FormValidation, type LaunchForm, type ValidLaunchForm } from '../../lessons/launch/launch-form.ts';
import { NO_PREDICTION, type Prediction } from '../../lessons/launch/predictions.ts';
import { DEFAULT_PAIR, pairWithin, type ComparedPair } from '../../lessons/launch/strategy-compare.ts';
import { defaultSweepGrid, type SweepGrid } from '../../lessons/launch/sweep-series.ts';
import { hasStrategies, type LaunchScenario } from '../../scenario/types.ts';
import { fetchPreset, fetchPresetList, SEED_CASE_FILE } from './launch-presets.ts';
import { launchScreenStyles } from './launch-screen-styles.ts';
import { launchCsvFiles } from './launch-csv-files.ts';
import { LaunchRunController, type Text } from './launch-run-controller.ts';
import { LESSON, launchLinkState, readLinkCase } from './launch-link.ts';
import type { FinishedRun } from './launch-run-state.ts';
import { answerOptions, predictionCheckOf } from './launch-view.ts';
import { focusLaunchField, renderProblemList } from './launch-problems.ts';

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

@customElement('genba-launch-screen')
@localized()
export class GenbaLaunchScreen extends LitElement {
  static override styles = launchScreenStyles;

  @state() private form: LaunchForm | null = null;
  private opens = 0; // cases the trainee opened (preset, file, saved work): the seed case never replaces one
  @state() private validation: FormValidation | null = null;
  /** The last valid form: what the decision and the story describe and Run would run. */
  @state() private lastValid: ValidLaunchForm | null = null;
  @state() private presets: readonly PresetEntry[] = [];
  @state() private prediction: Prediction = NO_PREDICTION;
  /** The two strategies compared (version 2). */
  @state() private pair: ComparedPair = DEFAULT_PAIR;
  /** A visible message: loaded, refused, nothing run. */
  @state() private message: Text | null = null;
  @state() private showProblems = false;
  /** The market whose story is open (0-based replication); a link may name one. */
  @state() private storyReplication = 0;
  @state() private linkProblem: Text | null = null;
  @state() private linkNotices: readonly Text[] = [];
  @state() private settled = false;
  @state() private paramsBuilt = false; // the parameter editor, built (buildParams) once the page is idle, or its section opened, or a problem links to it

  @query('genba-launch-run-controls') private controls?: GenbaLaunchRunControls;
  @query('genba-share-panel') private sharePanel?: GenbaSharePanel;
  private readonly runs = new LaunchRunController(this);
  private seedCase: LaunchScenario | null = null;
  private settledNow: () => void = () => undefined; // a file dropped before the share panel is drawn waits for it
  private readonly whenSettled = new Promise<void>((resolve) => (this.settledNow = resolve));
  private readonly drop = new FileDropController(this, (file) => void this.whenSettled.then(() => this.updateComplete).then(() => this.sharePanel?.openFile(file)));
  private csvCache: { finished: FinishedRun; story: number; locale: string; files: readonly CsvDownload[] } | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.loadStart();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    super.disconnectedCallback();
  }

  private async loadStart(): Promise<void> {
    try {
      const opensBefore = this.opens;
      const [list, seed] = await Promise.all([fetchPresetList(), fetchPreset(SEED_CASE_FILE)]);
      this.presets = list;
      if (!seed.ok) {
        const issues = seed.issues.map((i) => issueText(i)).join('; ');
        this.message = () => msg(str`The seed case could not be read: ${issues}`);
        return;
      }
      this.seedCase = seed.scenario;
      if (!(await this.openLink()) && this.opens === opensBefore) this.setScenario(seed.scenario);
      await afterPaint(this);
      await loadBelowFold();
      this.settled = true;
      this.settledNow();
      whenIdle(() => void this.buildParams().catch(() => undefined)); // the editor, closed, once the page is idle
    } catch (error) {
      const reason = reasonOf(error);
      this.message = () => msg(str`The lesson's case could not be loaded: ${reason}`);
    }
  }

  private setScenario(scenario: LaunchScenario, grid: SweepGrid = defaultSweepGrid(scenario.market.states.map((s) => s.level))): void {
    this.setForm(formFromScenario(scenario, grid));
  }

  private setForm(form: LaunchForm): void {
    this.form = form;
    const v = validateLaunchForm(form);
    this.validation = v;
    if (v.ok) {
      this.lastValid = v;
      this.showProblems = false;
      if (hasStrategies(v.scenario)) this.pair = pairWithin(this.pair, v.scenario.strategies.length);
    }
  }

  /** A case opened from a preset, a file or saved work: fresh prediction state, no link problem, a message. */
  private opened(scenario: LaunchScenario, said: Text): void {
    this.opens += 1;
    this.setScenario(scenario);
    this.pair = DEFAULT_PAIR;
    this.storyReplication = 0;
    this.linkProblem = null;
    this.linkNotices = [];
    this.message = said;
    this.runs.announce(said());
  }

  private readonly onEdit = (e: GlobalEventHandlersEventMap['launch-form-edit']): void => {
    if (!this.form) return;
    this.setForm(applyEdit(this.form, e.detail));
    if (this.validation?.ok) this.sharePanel?.noteEdit(this.validation.scenario);
    if ((e.target as Element | null)?.localName === 'genba-launch-parameters') reportProgress(this, 'launch', 'sandbox');
  };

  private readonly onPresetLoad = async (e: GlobalEventHandlersEventMap['launch-preset-load']): Promise<void> => {
    try {
      const preset = await fetchPreset(e.detail.file);
      if (!preset.ok) {
        const issues = preset.issues.map((i) => issueText(i)).join('; ');
        this.message = () => msg(str`That case is not valid: ${issues}`);
        return;
      }
      const name = preset.scenario.name ?? e.detail.file;
      this.opened(preset.scenario, () => {
        const shown = shownName(name);
        return msg(str`Loaded the case "${shown}". Press Run to see its markets.`);
      });
      this.sharePanel?.startFresh();
    } catch (error) {
      const reason = reasonOf(error);
      this.message = () => msg(str`That case could not be loaded: ${reason}`);
    }
  };

  private readonly onPrediction = (e: GlobalEventHandlersEventMap['launch-prediction-change']): void => {
    this.prediction = e.detail;
    reportProgress(this, 'launch', 'predict');
  };

  private readonly onPairChange = (e: GlobalEventHandlersEventMap['launch-pair-change']): void => {
    const v = this.lastValid;
    if (v && hasStrategies(v.scenario)) this.pair = pairWithin(e.detail, v.scenario.strategies.length);
  };

  private readonly onStoryChange = (e: GlobalEventHandlersEventMap['launch-story-change']): void => {
    this.storyReplication = e.detail.replication;
    reportProgress(this, 'launch', 'story');
  };

  private readonly onHashChange = (): void => {
    if (parseFragment(window.location.hash).route !== LESSON || !this.seedCase) return;
    void this.openLink();
  };

  /** Opens the link in the address and runs its case; a link that cannot be opened is reported, with the seed case open. False when there is no link. */
  private async openLink(): Promise<boolean> {
    const query = parseFragment(window.location.hash).query; // the link codec loads only when the address holds a link
    const link = query === '' ? ({ kind: 'absent' } as const) : readLinkCase(query, (await import('../../share/index.ts')).decodeLink);
    if (link.kind === 'absent') return false;
    await this.runs.stop();
    this.sharePanel?.startFresh();
    if (link.kind === 'open') {
      this.setForm(link.form);
      this.prediction = link.prediction;
      this.pair = link.pair;
      this.storyReplication = link.replication;
      this.linkProblem = null;
      this.linkNotices = link.notices;
      const markets = formatWhole(this.lastValid?.scenario.replications ?? 0);
      this.runs.announce(msg(str`Opened the case from the link: running ${markets} markets on its seed.`));
      void this.run();
      return true;
    }
    const why = link.problem;
    this.linkProblem = () => msg(str`${why()} The seed case is open instead.`);
    this.linkNotices = [];
    if (this.seedCase) this.setScenario(this.seedCase);
    this.prediction = NO_PREDICTION;
    this.pair = DEFAULT_PAIR;
    this.storyReplication = 0;
    return true;
  }

  private readonly linkState = (): LinkState | null =>
    this.lastValid ? launchLinkState(this.lastValid, this.storyReplication, this.prediction, this.pair) : null;

  private readonly onOpenScenario = (e: CustomEvent<OpenScenarioDetail>): void => {
    const scenario = e.detail.scenario;
    if (scenario.model !== 'launch') return;
    const fromFile = e.detail.source === 'file';
    const named = scenario.name;
    this.opened(scenario, () => {
      const name = named === undefined ? msg('Untitled scenario') : shownName(named);
      return fromFile
        ? msg(str`Opened the case "${name}" from the file. Press Run to see its markets.`)
        : msg(str`Opened the case "${name}" from saved work. Press Run to see its markets.`);
    });
  };

  private csvFiles(): readonly CsvDownload[] {
    const finished = this.runs.finished;
    if (!finished) return [];
    const cached = this.csvCache;
    const locale = getLocale();
    if (cached && cached.finished === finished && cached.story === this.storyReplication && cached.locale === locale) return cached.files;
    const files = launchCsvFiles(finished, this.storyReplication);
    this.csvCache = { finished, story: this.storyReplication, locale, files };
    return files;
  }

  private readonly toShare = (): void => {
    const target = this.renderRoot.querySelector<HTMLElement>('#share');
    target?.scrollIntoView({ block: 'start' });
    target?.querySelector<HTMLElement>('h2')?.focus?.();
  };

  private async run(): Promise<void> {
    const v = this.validation;
    if (v === null || this.runs.live !== null) return;
    if (!v.ok) {
      const n = v.issues.length;
      this.message = () =>
        n === 1
          ? msg('Nothing was run: one value needs fixing first (listed below and marked at the fields).')
          : msg(str`Nothing was run: ${n} values need fixing first (listed below and marked at the fields).`);
      this.runs.announce(this.message());
      this.showProblems = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#form-problems')?.focus();
      return;
    }
    const prediction = this.prediction;
    if (prediction.earnsMore !== null || prediction.losesMoreOften !== null) {
      const options = answerOptions(v, this.pair);
      const label = (a: Prediction['earnsMore']) => (a === null ? msg('no answer') : a === 'same' ? msg('About the same') : (options.find((o) => o.value === a)?.label ?? a));
      const earns = label(prediction.earnsMore);
      const loses = label(prediction.losesMoreOften);
      reportProgress(this, 'launch', 'predict', { kind: 'prediction', text: msg(str`Earns more: ${earns}. Loses money more often: ${loses}.`) });
    }
    void this.sharePanel?.flushAutosave();
    this.message = null;
    const running = this.runs.run(v, prediction, this.pair);
    await this.updateComplete;
    this.controls?.focusMainButton();
    const outcome = await running;
    if (outcome) {
      const replications = outcome.finished.request.scenario.replications;
      if (this.storyReplication >= replications) this.storyReplication = 0;
      reportProgress(this, 'launch', 'run', { kind: 'result', text: outcome.announcement });
      reportProgress(this, 'launch', 'ledger');
    }
    await this.updateComplete;
    this.controls?.focusMainButton();
  }

  // --- Rendering ------------------------------------------------------------------------------

  private renderProblems(): TemplateResult | typeof nothing {
    const v = this.validation;
    if (!this.showProblems || v === null || v.ok) return nothing;
    return renderProblemList(v.issues, this.form ? rawScenarioOf(this.form) : undefined, (path) => void focusLaunchField(this.renderRoot, path, () => this.buildParams()));
  }

  private async buildParams(): Promise<void> {
    this.paramsBuilt = true;
    await loadBelowFold();
    await this.updateComplete;
  }

  private readonly onParamsToggle = (e: Event): void => void ((e.currentTarget as HTMLDetailsElement).open && this.buildParams().catch(() => undefined));

  private renderRun(): TemplateResult {
    const form = this.form;
    const issues = this.validation && !this.validation.ok ? this.validation.issues : [];
    return html`<genba-launch-run-controls
        .replications=${form?.replications ?? ''}
        .seed=${form?.seed ?? ''}
        .issues=${issues}
        .progress=${this.runs.live?.progress ?? null}
      ></genba-launch-run-controls>
      <p class="status" id="status">${(this.message ?? this.runs.message)?.() ?? ''}</p>
      ${this.renderProblems()}
      <details class="parameters" @toggle=${this.onParamsToggle}>
        <summary>${msg('Change the case: markets, prices, plant, strategies, sweep')}</summary>
        ${this.paramsBuilt ? html`<genba-launch-parameters .form=${form} .issues=${issues} .presets=${this.presets}></genba-launch-parameters>` : nothing}
      </details>`;
  }

  override render() {
    const v = this.lastValid;
    const strategiesCase = v !== null && hasStrategies(v.scenario);
    const launch = formatWhole(v?.quantities.launch ?? 30000);
    const pilot = formatWhole(v?.quantities.pilot ?? 500);
    const title = strategiesCase ? msg('Commit to the forecast, or a pilot and scale up?') : msg(str`Launch ${launch} on a forecast, or a pilot of ${pilot}?`);
    return html`<div
      @launch-form-edit=${this.onEdit}
      @launch-preset-load=${this.onPresetLoad}
      @launch-prediction-change=${this.onPrediction}
      @launch-pair-change=${this.onPairChange}
      @launch-run=${() => void this.run()}
      @launch-cancel=${() => this.runs.cancel()}
      @launch-story-change=${this.onStoryChange}
    >
      <h1>${title}</h1>
      <div class="toolbar">
        ${v
          ? html`<span id="open-scenario"
              >${msg(
                html`Open: <strong id="scenario-name">${v.scenario.name === undefined ? msg('Untitled scenario') : shownName(v.scenario.name)}</strong> · seed <code>${JSON.stringify(v.scenario.seed)}</code> · ${formatWhole(v.scenario.replications)} markets`,
              )}</span
            >`
          : nothing}
        <button type="button" class="skip" @click=${this.toShare}>${msg('Share and save ↓')}</button>
      </div>
      ${this.linkProblem ? html`<p class="message" role="alert" id="link-problem">${this.linkProblem()}</p>` : nothing}
      ${this.linkNotices.length > 0 ? html`<div class="message" role="status" id="link-notices">${this.linkNotices.map((n) => html`<p>${n()}</p>`)}</div>` : nothing}
      <section class="card" aria-labelledby="h-decision">
        <h2 id="h-decision">${msg('The decision')}</h2>
        ${v
          ? html`<genba-launch-decision .scenario=${v.scenario} .quantities=${v.quantities} .pair=${this.pair}></genba-launch-decision>`
          : html`<p class=${this.message ? 'placeholder' : 'placeholder loading'}>${this.message?.() || msg('Loading the case…')}</p>`}
      </section>
      ${v && hasStrategies(v.scenario) ? html`<genba-launch-story-section id="story" .scenario=${v.scenario} .pair=${this.pair} .replication=${this.storyReplication}></genba-launch-story-section>` : nothing}
      <div class="top">
        <section class="card" aria-labelledby="h-predict">
          <h2 id="h-predict">${msg('1. Predict')}</h2>
          <genba-launch-prediction .options=${answerOptions(v, this.pair)} .prediction=${this.prediction} .check=${predictionCheckOf(this.runs.finished)}></genba-launch-prediction>
        </section>
        <section class="card" aria-labelledby="h-run">
          <h2 id="h-run">${msg('2. Run the markets')}</h2>
          ${this.renderRun()}
        </section>
      </div>
      <section aria-labelledby="h-results">
        <h2 id="h-results">${strategiesCase ? msg('3. The many markets') : msg('3. Read the results')}</h2>
        <genba-launch-results
          id="ledger"
          .live=${this.runs.live}
          .finished=${this.runs.finished}
          .lastValid=${v}
          .pair=${this.pair}
          .storyReplication=${this.storyReplication}
        ></genba-launch-results>
      </section>
      ${this.settled
        ? html`<section class="card" aria-labelledby="share-h" id="share">
            <h2 id="share-h" tabindex="-1">${msg('Share and save')}</h2>
            <genba-share-panel
              route=${LESSON}
              model="launch"
              linkHint=${msg('The link opens this case with its seed and number of markets, runs it, and shows the market whose story is open.')}
              .scenario=${v?.scenario ?? null}
              .linkState=${this.linkState}
              .csvFiles=${this.csvFiles()}
              @genba-open-scenario=${this.onOpenScenario}
            ></genba-share-panel>
          </section>`
        : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" id="announcer">${this.runs.announcement}</div>
      ${this.drop.hint ? html`<div class="drop-hint" aria-hidden="true"><p>${msg('Drop the scenario file to open it')}</p></div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'genba-launch-screen': GenbaLaunchScreen;
  }
}
