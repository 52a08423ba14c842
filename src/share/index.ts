/**
 * Sharing the state that matters through the URL fragment (docs/sharing.md). See
 * link-codec.ts for the API and the format.
 */
export {
  createLinkDecoder,
  decodeLink,
  encodeLink,
  EXTRA_LIMITS,
  LINK_FORMAT,
  LINK_READERS,
  MAX_LINK_QUERY_CHARS,
  PREDICTION_LIMITS,
  readV1,
  type DecodeFailure,
  type DecodeResult,
  type EncodeOptions,
  type EncodeResult,
  type LessonId,
  type LinkOrigin,
  type LinkReader,
  type LinkState,
} from './link-codec.ts';
export { canonicalJson, plainJsonCopy, RESERVED_KEYS, type PlainJson, type PlainJsonLimits, type PlainJsonResult } from './plain-json.ts';
