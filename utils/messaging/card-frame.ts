/**
 * What the card's frame (entrypoints/nudge-frame, an extension page) tells
 * the card's content script around it, by postMessage. The page hears these
 * too, so they carry nothing of the nudge: no prompt, no note, no id. The
 * content script trusts only messages whose source is its own frame.
 */
export type FrameToCard =
  | { hearthFrame: 'ready'; height: number }
  | { hearthFrame: 'size'; height: number }
  /** No nudge to show: the frame has nothing to say. */
  | { hearthFrame: 'none' }
  /** Answered, or withdrawn: take the card off the page. */
  | { hearthFrame: 'close' };

/** The message if it is one of the frame's, else null. */
export function parseFrameMessage(data: unknown): FrameToCard | null {
  if (typeof data !== 'object' || data === null) return null;
  const { hearthFrame, height } = data as { hearthFrame?: unknown; height?: unknown };
  if (hearthFrame === 'none' || hearthFrame === 'close') return { hearthFrame };
  if ((hearthFrame === 'ready' || hearthFrame === 'size') && typeof height === 'number' && Number.isFinite(height) && height >= 0) {
    return { hearthFrame, height: Math.ceil(height) };
  }
  return null;
}
