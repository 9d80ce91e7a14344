/**
 * The part of Next's `draftMode()` these routes use. The routes pass `draftMode` from
 * next/headers; tests pass a recorder, because the real one needs a Next request.
 */
export interface DraftSwitch {
  enable(): void
  disable(): void
}

export type OpenDraftSwitch = () => Promise<DraftSwitch>
