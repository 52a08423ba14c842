/**
 * Saved work in the browser (docs/sharing.md): the `SavedWorkStore` interface (types.ts)
 * and its localStorage implementation (local-store.ts).
 */
export { copyName, createLocalSavedWorkStore, type LocalStoreOptions } from './local-store.ts';
export { CHROMIUM_LOCAL_STORAGE_QUOTA, MemoryStorage, type MemoryStorageOptions } from './memory-storage.ts';
export { setAsideReasonText } from './reason-text.ts';
export { ENTRY_PREFIX, MAX_NAME, NAMESPACE, QUARANTINE_PREFIX, RECORD_SCHEMA_VERSION, validateKaizenLogBody, validateScenarioBody } from './records.ts';
export {
  SAVED_KINDS,
  type BodyValidator,
  type SavedEntry,
  type SavedKind,
  type SavedList,
  type SavedSummary,
  type SavedWorkStore,
  type SaveInput,
  type SetAsideEntry,
  type StoreChange,
  type StoreFailure,
  type StoreResult,
  type UpdateOptions,
} from './types.ts';
