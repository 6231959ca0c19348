/** What the caller knows about the article beyond its text. */
export interface DraftOptions {
  /** YYYY-MM-DD; required unless the text states it. */
  published?: string;
  url?: string;
  /** The outlet's name. */
  outlet?: string;
  title?: string;
  /** BCP 47 tag of the text as held; `en` by default. */
  language?: string;
}

export const DRAFT_TEXT_MAX_LENGTH = 50_000;
